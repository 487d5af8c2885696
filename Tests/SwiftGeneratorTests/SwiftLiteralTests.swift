import DocTestSupport
import SwiftGenerator
import Testing

@Suite("Swift literals and identifiers")
struct SwiftLiteralTests {
  @Test(arguments: [
    ("plain", #""plain""#),
    ("quote \" and \\ backslash", #""quote \" and \\ backslash""#),
    ("interpolation \\(x) and \"\"\"", #""interpolation \\(x) and \"\"\"""#),
    ("tab\tnew\nline\r\0", #""tab\tnew\nline\r\0""#),
    ("\u{1B}[31m", #""\u{1B}[31m""#),
    ("rtl \u{202E}mark", #""rtl \u{202E}mark""#),
    ("\u{301}leading combining", #""\u{301}leading combining""#),
    ("e\u{301} stays", "\"e\u{301} stays\""),
    ("日本語 👍🏽", "\"日本語 👍🏽\""),
  ])
  func stringLiterals(_ value: String, _ expected: String) {
    #expect(SwiftLiteral.string(value) == expected)
  }

  @Test func commentLinesCannotBreakTheComment() {
    #expect(SwiftLiteral.commentLine("a\nb\u{2028}c\u{202E}d") == "a b c d")
  }

  @Test(arguments: [
    ("All apps", "allApps"), ("AWS", "aws"), ("Box", "box"), ("Exchange Online", "exchangeOnline"),
    ("G Suite", "gSuite"), ("Office 365", "office365"), ("ServiceNow", "serviceNow"), ("365 apps", "_365Apps"),
    ("default", "`default`"), ("ボックス", "value"), ("", "value"),
  ])
  func identifiers(_ text: String, _ expected: String) {
    #expect(SwiftIdentifier.lowerCamelCase(text) == expected)
  }

  /// The identifier rules written plainly on Unicode scalars; `lowerCamelCase` builds names on bytes for speed.
  static func referenceLowerCamelCase(_ text: String) -> String {
    var words: [String] = []
    var current = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    guard !words.isEmpty else { return "value" }
    var name = ""
    for (index, word) in words.enumerated() {
      let isAllCaps = word == word.uppercased()
      if index == 0 {
        name += isAllCaps ? word.lowercased() : word.prefix(1).lowercased() + word.dropFirst()
      } else {
        name += word.prefix(1).uppercased() + (isAllCaps ? word.dropFirst().lowercased() : String(word.dropFirst()))
      }
    }
    if name.first!.isNumber { name = "_" + name }
    return ["default", "class", "in", "self"].contains(name) ? "`\(name)`" : name
  }

  @Test(arguments: [1, 2] as [UInt64])
  func identifiersFollowTheScalarLevelRules(seed: UInt64) {
    let pieces = ["a", "Z", "box", "BOX", "Box", "365", "0", " ", "-", "_", "é", "É", "日本", "ｱ", "\u{301}", "Ⅸ", "ß", "default", "in"]
    var random = SeededRandom(seed: seed)
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
      #expect(SwiftIdentifier.lowerCamelCase(text) == Self.referenceLowerCamelCase(text), "\(text.debugDescription)")
    }
  }

  @Test func repeatedIdentifiersAreNumbered() {
    #expect(SwiftIdentifier.uniqued(["box", "box", "aws", "box", "box2"]) == ["box", "box2", "aws", "box3", "box22"])
  }
}
