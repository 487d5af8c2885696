import DocTestSupport
import Testing

@testable import SwiftGenerator

/// String literals are written from UTF-8 bytes, copying runs that need no escape; this holds them to the
/// same rules applied scalar by scalar, and checks that Swift reads each literal back as its text.
@Suite("Swift string literals, against the scalar-by-scalar reading")
struct SwiftLiteralPropertyTests {
  static let pieces: [String] = [
    "a", "plain text ", "\"", "\\", "\\(x)", "\n", "\r\n", "\t", "\0", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
    "\u{AD}", "é", "e\u{301}", "\u{301}", "\u{20DD}", "\u{FE0F}", "日本語", "ｴﾗｰ", "カタカナ", "한국어", "Ω", "ß",
    "\u{200B}", "\u{200F}", "\u{202E}", "\u{2066}", "\u{2028}", "\u{2029}", "\u{061C}", "\u{FEFF}", "\u{E000}",
    "\u{FFFD}", "\u{FFFF}", "😀", "👍🏽", "\u{1F1EF}\u{1F1F5}", "\u{E0001}", "\u{10FFFD}", "\u{378}", "𝔸",
  ]

  @Test(arguments: [71, 72, 73] as [UInt64])
  func bytesAgreeWithScalars(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<5_000 {
      let text = (0..<Int(random.next() % 8)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
      #expect(SwiftLiteral.string(text) == SwiftLiteral.stringReadAsScalars(text), "\(text.debugDescription)")
      var appended = Array("x".utf8)
      SwiftLiteral.append(text, to: &appended)
      #expect(appended == Array(("x" + SwiftLiteral.stringReadAsScalars(text)).utf8))
    }
  }

  @Test func everyScalarOfTheFirstPlanesAgrees() {
    for value in UInt32(0)..<0x3_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for text in [String(scalar), "a" + String(scalar) + "b"] {
        let literal = SwiftLiteral.string(text)
        guard literal != SwiftLiteral.stringReadAsScalars(text) else { continue }
        Issue.record("U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription): \(literal)")
        return
      }
    }
  }
}
