import DocTestSupport
import Testing

@testable import DocModel

/// Plain text and heading slugs take shortcuts on ASCII bytes; these tests hold them to the readings on
/// characters.
@Suite("Plain text and slugs, against character-level readings")
struct TextFastPathPropertyTests {
  static let pieces = [
    "a", "Z", "9", " ", "  ", "\t", "\n", "\r\n", "\r", "-", "_", ".", "!", "\u{A0}", "\u{3000}", "\u{85}", "\u{2028}",
    "é", "e\u{301}", "日本", "Ｚ", "\u{7F}", "~", "カ", "\u{3099}", "\u{309A}", "ー", "、", "。", "「", "」", "\u{3000}",
    "\u{FF5F}", "\u{3097}", "\u{1F1EF}", "\u{200D}", "\u{2028}", "\u{0600}",
  ]

  func random(_ random: inout SeededRandom) -> String {
    (0..<Int(random.next() % 8)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
  }

  /// When the shortcut says a text is already plain, trimming each line and dropping empty ones changes
  /// nothing.
  @Test(arguments: [51, 52] as [UInt64])
  func simpleLinesNeedNoWork(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    var simple = 0
    var beginningPastASCII = 0
    for _ in 0..<5_000 {
      // Half of the texts are long enough to be read eight bytes at a time.
      let text = generator.next() % 2 == 0 ? random(&generator) : (0..<4).map { _ in random(&generator) }.joined()
      guard PlainText.hasSimpleLines(text) else { continue }
      simple += 1
      if let first = text.utf8.first, first >= 0x80 { beginningPastASCII += 1 }
      let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingWhitespace() }
      #expect(lines.filter { !$0.isEmpty }.joined(separator: "\n") == text, "\(text.debugDescription)")
    }
    #expect(simple > 200)
    #expect(beginningPastASCII > 50, "Japanese lines take the shortcut too")
  }

  /// Trimming white space takes a shortcut when a text begins and ends with a visible ASCII byte; it agrees
  /// with trimming characters by `Character.isWhitespace`, on strings and substrings alike.
  @Test(arguments: [53, 54] as [UInt64])
  func trimmingAgreesWithTheCharacterReading(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    var shortcuts = 0
    for _ in 0..<5_000 {
      let text = random(&generator) + (generator.next() % 2 == 0 ? "x" : "") + random(&generator)
      let expected = text.trimming(\.isWhitespace)
      #expect(text.trimmingWhitespace() == expected, "\(text.debugDescription)")
      let inner = text.dropFirst()
      #expect(inner.trimmingWhitespace() == inner.trimming(\.isWhitespace), "\(inner.debugDescription)")
      if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80, expected == Substring(text)
      {
        shortcuts += 1
      }
    }
    #expect(shortcuts > 300)
  }
}
