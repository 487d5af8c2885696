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

  @Test func repeatedIdentifiersAreNumbered() {
    #expect(SwiftIdentifier.uniqued(["box", "box", "aws", "box", "box2"]) == ["box", "box2", "aws", "box3", "box22"])
  }
}
