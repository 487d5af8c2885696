import DocModel
import DocTestSupport
import Testing

@testable import DocParser

/// Simple front matter (`key: value` lines) is read without Yams; this holds that reading to Yams' on
/// generated front matter, tricky values included: wherever the shortcut gives fields, they must be
/// exactly the fields, values and lines Yams gives, without a diagnostic.
@Suite("Simple front matter, against Yams")
struct SimpleFrontMatterPropertyTests {
  static let keys = [
    "title", "description", "ms.date", "author", "ms.locfileid", "a-b", "_x", "1", "true", "null", "-k", ".k",
    "k k", "ключ", String(repeating: "k", count: 200), "<<",
  ]
  static let separators = [": ", ":", ":  ", " : ", ":\t"]
  static let values = [
    "Errors | Docs", "エラー 一覧", "01/29/2020", "2020-01-29", "yes", "No", "on", "OFF", "true", "null", "~", "", "12",
    "-12", "+1", "0x1F", "0o17", "0b101", "1_000", "1.5", ".5", "1e3", ".inf", "-.inf", ".nan", "<<", "=", "a: b",
    "a:b",
    "a:", "http://x/y?q=1", "a #b", "a#b", "C#", "\"quoted\"", "\"q: #x\"", "\"a\\\"b\"", "\"a\\tb\"", "'single'",
    "'it''s'", "'a\\b'", "\"\"", "''", "\"open", "'open", "\"x\" tail", "'x' #c", "[a, b]", "{a: 1}", "&anchor v",
    "*alias", "!tag v", "!!str 12", "|", ">", "%x", "@x", "`x", "- item", "-x", "?x", ":x", ",x", "value   ",
    "a\u{85}b", "a\u{2028}b", "\u{FEFF}x", "\u{A0}nbsp", "é", "😀", "a\tb", "a\u{7F}", "a\u{1B}b", "\u{FFFE}",
    "seodec18", "MT", "ja-JP", "00599ac6c64a4c62ed9ebdda3edb58f90f92c24d", "a  b", "a ,b", "a]b", "x{y}",
    "... ", "--- x", "#x",
  ]
  static let otherLines = ["", "# a comment", "  indented: x", "- item", "? key", "---", "...", " ", "key: a\r", "k:"]

  static func randomYAML(_ random: inout SeededRandom) -> String {
    (0..<(1 + Int(random.next() % 5))).map { _ -> String in
      if random.next() % 6 == 0 { return otherLines.randomElement(using: &random)! }
      let key = random.next() % 3 == 0 ? keys.randomElement(using: &random)! : keys[Int(random.next() % 5)]
      let separator = random.next() % 4 == 0 ? separators.randomElement(using: &random)! : ": "
      // Half the values are among the first, the kind most front matter holds.
      let value = random.next() % 2 == 0 ? values[Int(random.next() % 30)] : values.randomElement(using: &random)!
      return key + separator + value
    }.map { $0 + "\n" }.joined()
  }

  @Test(arguments: [101, 102, 103] as [UInt64])
  func agreesWithYams(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var taken = 0
    let runs = 4_000
    for _ in 0..<runs {
      let yaml = Self.randomYAML(&random)
      guard let fields = FrontMatterParser.simpleFields(yaml, firstLine: 2) else { continue }
      taken += 1
      var diagnostics: [Diagnostic] = []
      let expected = FrontMatterParser.parseYAMLWithYams(yaml, firstLine: 2, file: "page.md", diagnostics: &diagnostics)
      #expect(diagnostics.isEmpty, "\(yaml.debugDescription)")
      #expect(fields == expected, "\(yaml.debugDescription)")
    }
    // Both readings are exercised: the shortcut takes a good share, and declines the rest.
    #expect(taken > runs / 10 && taken < runs * 9 / 10, "\(taken) of \(runs)")
  }

  @Test func typicalFrontMatterIsTaken() throws {
    let yaml = """
      title: Errors | Docs
      description: What went wrong
      ms.date: 01/29/2020
      ms.locfileid: "76912079"
      ms.custom: seodec18
      draft: false

      # a comment
      order: 3

      """
    let fields = try #require(FrontMatterParser.simpleFields(yaml, firstLine: 2))
    #expect(fields.map(\.key) == ["title", "description", "ms.date", "ms.locfileid", "ms.custom", "draft", "order"])
    #expect(fields.map(\.line) == [2, 3, 4, 5, 6, 7, 10])
    #expect(fields[3].value == .string("76912079"))
    #expect(fields[5].value == .bool(false))
    #expect(fields[6].value == .integer(3))
  }
}
