import DocTestSupport
import Testing
import Yams

@testable import DocParser

/// ``YAMLDefaultSchema`` types plain scalars without regular expressions; this holds it to Yams' default
/// resolver, on the values real front matter and configurations hold, on texts built from the rules' own
/// pieces, and on random texts over the rules' alphabet with line terminators at the end.
@Suite("YAML default schema, against Yams' resolver")
struct YAMLDefaultSchemaPropertyTests {
  static func yamsTag(_ text: String) -> Yams.Tag.Name {
    Resolver.default.resolveTag(of: Node(text))
  }

  static let examples = [
    "", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "no", "on", "OFF", "true", "True", "tRue",
    "false", "y", "n", "0", "-0", "+0", "00", "07", "08", "09", "0_", "0b", "0b1", "0b12", "0b_", "0o", "0o7", "0o8",
    "0o_", "0x", "0x1F", "0xg", "0X1F", "-0x1F", "1_000", "12", "-12", "+12", "1:30", "1:60", "1:5", "1:05:59",
    "0:30", "1:", "1:2:", "190:20:30", "1.5", "1.", ".5", "._", ".", "-.5", "1e3", "1E+3", "1e", "1.5e-3", ".5e3",
    ".5e+3", "1:30.5", "0:30.", "-1:30.5", ".inf", "-.inf", "+.Inf", ".INF", ".nan", "-.nan", ".NaN", ".naN", "<<",
    "<", "=", "==", "2001-12-14", "2001-12-1", "2001-1-14", "2001-12-14t21:59:43.10-05:00",
    "2001-12-14 21:59:43.10 -5", "2001-12-15 2:59:43.10", "2002-12-14 21:59:43.10Z", "2001-12-14T21:59:43",
    "2001-12-14T21:59:43.", "2001-12-14T21:59:43 Z", "2001-12-14T21:59:43+5:30", "2001-12-14T21:59:43+05:3",
    "2001-12-14\t\t1:02:03", "2001-12-14T1:2:03", "08/06/2024", "troubleshooting", "ja-JP", "true\n", "1\r\n",
    "null\u{85}", "1\u{2028}", "1.5\u{2029}", "\n", "\r", "\u{0B}", "\u{0C}", "1\n\n", "1\r", "12\u{0B}",
    "yes\u{0C}", "٣", "１", "1 ", " 1", "1\t",
  ]

  @Test func agreesOnExamples() {
    for text in Self.examples {
      #expect(YAMLDefaultSchema.tag(ofPlain: text) == Self.yamsTag(text), "\(text.debugDescription)")
    }
  }

  static let pieces = [
    "0", "1", "5", "6", "9", "00", "12", "59", "60", "_", "-", "+", ".", ":", "e", "E", "x", "b", "o", "T", "t", "Z",
    " ", "\t", "2001", "-12", "-1", "inf", "nan", "Inf", "NAN", "a", "f", "F", "null", "true", "yes", "~", "<<", "=",
    "2001-12-14", "21:59:43", ".10", "-05:00", "+5",
  ]
  static let endings = ["", "", "", "", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", " "]

  @Test(arguments: [201, 202, 203] as [UInt64])
  func agreesOnBuiltTexts(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var typed = 0
    let runs = 6_000
    for _ in 0..<runs {
      let count = Int(random.next() % 6)
      var text = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
      text += Self.endings.randomElement(using: &random)!
      let tag = YAMLDefaultSchema.tag(ofPlain: text)
      if tag != .str { typed += 1 }
      #expect(tag == Self.yamsTag(text), "\(text.debugDescription)")
    }
    // Both sides are exercised: many texts read as a type, many as strings.
    #expect(typed > runs / 10 && typed < runs * 9 / 10, "\(typed) of \(runs)")
  }

  @Test(arguments: [301, 302] as [UInt64])
  func agreesOnRandomTexts(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let alphabet = Array("0123456789_-+.:eEbBoxXtTZ ~<=nNuUlLaAiIfFrRsSyYO\t\n\r\u{85}\u{2028}é")
    for _ in 0..<6_000 {
      let count = Int(random.next() % 9)
      let text = String((0..<count).map { _ in alphabet.randomElement(using: &random)! })
      #expect(YAMLDefaultSchema.tag(ofPlain: text) == Self.yamsTag(text), "\(text.debugDescription)")
    }
  }
}
