import DocModel
import DocTestSupport
import Mustache
import Testing

@testable import SwiftGenerator

/// The built-in entry template is written as code for speed; this holds that code to what swift-mustache
/// renders from the template itself, on generated entries.
@Suite("Built-in entry template, against swift-mustache")
struct BuiltInEntryTemplateTests {
  static let texts: [String] = [
    "", "Sign-in failed", "HttpRequestFailure0x0: Server returned: 493 forbidden", "line one\nline two",
    "\n\nafter blank lines\n", "quote \" and \\ backslash", "tab\there", "日本語のメッセージ", "e\u{301}", "\u{301}first",
    "rtl \u{202E}mark", "{{not a tag}}", "  padded  ", "a\u{2028}b", "emoji 👍🏽", "<b>&amp;</b>",
  ]

  static func randomText(_ random: inout SeededRandom) -> CatalogText {
    let text = (0..<Int(random.next() % 3)).map { _ in texts.randomElement(using: &random)! }.joined(separator: " ")
    return CatalogText(text: text, markdown: text)
  }

  static func randomValues(_ random: inout SeededRandom) -> SwiftEntryValues {
    let locales = ["en-US", "ja-JP", "de-DE", "ar-SA"]
    var localized: [String: LocalizedEntry] = [:]
    for locale in locales where random.next() % 3 != 0 {
      localized[locale] = SeedFields.entry(
        message: randomText(&random), app: randomText(&random), description: randomText(&random),
        resolution: randomText(&random), path: "\(locale)/page.md", line: 3, fallback: random.next() % 2 == 0)
    }
    let id = ["box-sign-in-failed-0a1b2c3d", "x-\u{65E5}-1", "a\"b-00000000"].randomElement(using: &random)!
    return SwiftEntryValues(
      entry: CatalogEntry(id: id, catalog: "Errors", page: "page", locales: localized),
      property: ["signInFailed", "`default`", "_365"].randomElement(using: &random)!,
      appCase: ["box", "unnamed"].randomElement(using: &random)!, sourceLocale: "en-US", locales: locales,
      fields: SwiftTextFields(SeedFields.definition("Errors")))
  }

  @Test(arguments: [81, 82, 83] as [UInt64])
  func writesWhatTheTemplateRenders(seed: UInt64) throws {
    let template = try MustacheTemplate(string: DefaultTemplates.swiftEntry)
    var random = SeededRandom(seed: seed)
    for _ in 0..<1_000 {
      let values = Self.randomValues(&random)
      let expected = template.render(values)
      let written = String(decoding: BuiltInEntryTemplate.render(values), as: UTF8.self)
      #expect(written == expected, "\(values.entry)")
    }
  }

  @Test func onlyTheBuiltInTemplateIsWrittenAsCode() {
    #expect(BuiltInEntryTemplate.isBuiltIn(DefaultTemplates.swiftEntry))
    #expect(!BuiltInEntryTemplate.isBuiltIn(DefaultTemplates.swiftEntry + " "))
    #expect(!BuiltInEntryTemplate.isBuiltIn(DefaultTemplates.swiftEntry.replacingOccurrences(of: "  ", with: " ")))
  }
}
