import DocTestSupport
import Testing

@testable import DocModel

/// Plain text and heading slugs take shortcuts on ASCII bytes; these tests hold them to the readings on
/// characters.
@Suite("Plain text and slugs, against character-level readings")
struct TextFastPathPropertyTests {
  static let pieces = [
    "a", "Z", "9", " ", "  ", "\t", "\n", "\r\n", "\r", "-", "_", ".", "!", "\u{A0}", "\u{3000}", "\u{85}", "\u{2028}",
    "é", "e\u{301}", "日本", "Ｚ", "\u{7F}", "~",
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
    for _ in 0..<5_000 {
      let text = random(&generator)
      guard PlainText.hasSimpleLines(text) else { continue }
      simple += 1
      let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingWhitespace() }
      #expect(lines.filter { !$0.isEmpty }.joined(separator: "\n") == text, "\(text.debugDescription)")
    }
    #expect(simple > 200)
  }

  @Test(arguments: [53, 54] as [UInt64])
  func slugsAgreeWithTheCharacterReading(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    for _ in 0..<5_000 {
      let text = random(&generator)
      #expect(HeadingSlug.make(text) == HeadingSlug.makeFromCharacters(text), "\(text.debugDescription)")
    }
  }
}
