import DocTestSupport
import Testing

@testable import DocParser

/// A page's line table: lines end at LF, CRLF or a lone CR, as in libcmark; a final line ending starts no
/// line of its own.
@Suite("Source text lines")
struct SourceTextTests {
  /// The lines written plainly, scalar by scalar.
  static func referenceLines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if scalar == "\r" || scalar == "\n" {
        if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
        lines.append(current)
        current = ""
      } else {
        current.unicodeScalars.append(scalar)
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  @Test(arguments: [61, 62, 63] as [UInt64])
  func linesAgreeWithTheReference(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let pieces = ["\n", "\r\n", "\r", "\n\n", "\r\r\n", "a", "| x |", "日本", " ", "é"]
    for _ in 0..<2_000 {
      let text = (0..<Int(random.next() % 10)).map { _ in pieces.randomElement(using: &random)! }.joined()
      let source = SourceText(bytes: Array(text.utf8))
      let expected = Self.referenceLines(text)
      #expect(source.lineCount == expected.count, "\(text.debugDescription)")
      #expect((1...max(source.lineCount, 1)).map(source.lineText) == expected, "\(text.debugDescription)")
    }
  }
}
