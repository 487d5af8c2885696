import DocTestSupport
import Testing

@testable import HTMLGenerator

/// The one escaping function, on its own and as the renderer writes it into its byte buffer.
@Suite("HTML escaping")
struct HTMLEscapingPropertyTests {
  /// The rule written plainly, scalar by scalar.
  static func reference(_ text: String) -> String {
    let references: [Unicode.Scalar: String] = [
      "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;", "\0": "\u{FFFD}",
    ]
    return text.unicodeScalars.map { references[$0] ?? String($0) }.joined()
  }

  @Test(arguments: [51, 52, 53] as [UInt64])
  func escapingAgreesWithTheRuleAndTheBuffer(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    // Plain runs longer than a word, and the bytes next to those escaped, which a word-wide test must pass.
    let pieces =
      AdversarialStrings.pieces + ["&amp;", "<script>", "\"'", "&", "<", ">", "\0", "&#39;"]
      + ["plain words here", "=", "?", "%", "$", "#", "!", "\u{1}", ";", "日本語のテキスト"]
    for _ in 0..<2_000 {
      let text = (0..<Int(random.next() % 8)).map { _ in pieces.randomElement(using: &random)! }.joined()
      let escaped = HTMLEscaping.escape(text)
      #expect(Array(escaped.utf8) == Array(Self.reference(text).utf8), "\(text.debugDescription)")
      #expect(!escaped.contains { "<>\"'\0".contains($0) })
      // Written into the renderer's buffer after some markup, the same bytes follow it.
      var output = HTMLOutput()
      output += "<td>"
      output.appendEscaped(text)
      #expect(output.bytes == Array("<td>".utf8) + Array(escaped.utf8))
    }
  }

  /// Ids are cleaned on bytes when ASCII, and kept whole when nothing is dropped; the result is the one the
  /// character filter gives.
  @Test(arguments: [54, 55] as [UInt64])
  func idCleaningAgreesWithTheCharacterFilter(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let pieces = AdversarialStrings.pieces + ["box-sign-in", "0a1b", "_", ".", ":", " ", "/", "é", "日本"]
    for _ in 0..<2_000 {
      let id = (0..<Int(random.next() % 5)).map { _ in pieces.randomElement(using: &random)! }.joined()
      let expected = String(id.filter { $0.isLetter || $0.isNumber || "-_.:".contains($0) })
      let cleaned = IDRegistry.clean(id)
      if id.utf8.allSatisfy({ $0 < 0x80 }) {
        #expect(Array(cleaned.utf8) == Array(expected.utf8), "\(id.debugDescription)")
      } else {
        #expect(cleaned == expected, "\(id.debugDescription)")
      }
    }
  }
}
