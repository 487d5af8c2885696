import DocModel
import DocTestSupport
import Testing

@testable import DocParser

/// Cells without inline markup skip libcmark; they must come out as libcmark reads them.
@Suite("Plain cells")
struct PlainCellTests {
  static let pieces = [
    "a", "Box", "401", " ", "  ", "\t", ":", ".", ",", "-", "'", "\"", "(x)", "#", "|", "~", "=", "/", "%20", "é",
    "日本", "\u{A0}", "\u{3000}", "\u{301}", "\u{B}", "*", "_", "`", "[x]", "[", "]", "!", "<br />", "<", "&amp;",
    "&", "\\", "\\|", "http://example.com", "www.example.com", "**b**",
  ]

  @Test(arguments: [UInt64(61), 62, 63])
  func plainCellsComeOutAsLibcmarkReadsThem(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<200 {
      let cells = (0..<Int(random.next() % 12)).map { _ in
        let text = (0..<Int(random.next() % 5)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
        // Cells arrive trimmed of spaces and tabs, as the table scanner gives them.
        return String(text.trimmingCharacters(in: [" ", "\t"]))
      }
      let definitions = Array("\n[x]: https://example.com/x\n".utf8)
      let fast = CellInlineParser.parse(cells, referenceDefinitions: definitions)
      let read = CellInlineParser.parse(cells, referenceDefinitions: definitions, readsPlainCells: true)
      #expect(fast == read, "\(cells)")
    }
  }

  @Test func plainAndMarkedCells() {
    #expect(CellInlineParser.isPlain("Server returned: 401 (unauthorized) - see docs/x.md#a"))
    #expect(CellInlineParser.isPlain(""))
    for marked in ["**x**", "`x`", "a_b", "[x](y)", "<br />", "&amp;", "a\\|b", "!x", "a\tb"] {
      #expect(!CellInlineParser.isPlain(marked), "\(marked)")
    }
  }

  /// The bit table agrees with the bytes it stands for, every byte value on its own.
  @Test func everyByteValue() {
    let markup = Set(Array(0..<0x20) + [0x7F] + Array("\\`*_[]!<&".utf8))
    for byte in UInt8(0)...UInt8(0x7F) {
      let cell = String(decoding: [UInt8(ascii: "a"), byte], as: UTF8.self)
      #expect(CellInlineParser.isPlain(cell) == !markup.contains(byte), "byte \(byte)")
    }
    #expect(CellInlineParser.isPlain("\u{80}\u{FFFF}日本"))
  }
}
