/// Passes chunks of text on, ending the whole text with exactly one newline: trailing blank lines are held
/// back while more may come, and dropped at the end. The same bytes as trimming the joined text, without
/// joining it.
struct OneFinalNewline {
  /// Newlines seen at the end of what came so far, not passed on yet.
  private var heldNewlines = 0

  /// Passes `chunk` on to `consume`, holding back its trailing newlines.
  mutating func append(_ chunk: [UInt8], to consume: ([UInt8]) -> Void) {
    guard let last = chunk.lastIndex(where: { $0 != 0x0A }) else {
      heldNewlines += chunk.count
      return
    }
    if heldNewlines > 0 {
      consume([UInt8](repeating: 0x0A, count: heldNewlines))
    }
    let trailing = chunk.count - 1 - last
    consume(trailing == 0 ? chunk : Array(chunk[...last]))
    heldNewlines = trailing
  }

  /// Ends the text with one newline.
  func finish(to consume: ([UInt8]) -> Void) {
    consume([0x0A])
  }
}
