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
    let entry = CatalogEntry(id: id, catalog: "Errors", page: "page", locales: localized)
    return SwiftEntryValues(
      entry: entry, property: ["signInFailed", "`default`", "_365"].randomElement(using: &random)!,
      sourceLocale: "en-US", locales: locales,
      fields: SwiftCatalogFields(SeedFields.definition("Errors"), entries: [entry], sourceLocale: "en-US"))
  }

  /// A catalog with a field of every type, each translated or not.
  static let typedDefinition = CatalogDefinition(
    name: "Typed", pages: ["p.md"],
    fields: CatalogFieldType.allCases.enumerated().map { index, type in
      CatalogField(
        name: index == 1 ? "default" : "\(type)Field", type: type, header: ["en-US": ["\(type)"]],
        translated: index % 2 == 0, required: index % 3 == 0, anyValue: type == .enum ? "Any" : nil)
    }, key: ["textField"])

  /// A random value of a field of `type`.
  static func randomValue(_ type: CatalogFieldType, _ random: inout SeededRandom) -> CatalogValue {
    let text = randomText(&random)
    let empty = random.next() % 4 == 0
    let value: FieldValue
    switch type {
    case .text, .markdown, .pattern, .enum: value = .textual
    case .integer: value = empty ? .textual : .integer(Int(truncatingIfNeeded: random.next()))
    case .code: value = empty ? .textual : .code(ErrorCode(value: random.next(), written: text.text))
    case .status:
      value =
        empty
        ? .textual : .status(StatusCode(reply: random.next() % 2 == 0 ? 550 : nil, status: "5.4.1", written: text.text))
    case .date: value = empty ? .textual : .date(DocDate("2021-03-04")!)
    case .list, .links: value = .strings(empty ? [] : text.text.nonEmptyLines.map(String.init))
    }
    return CatalogValue(cell: text, value: value)
  }

  static func randomTypedValues(_ random: inout SeededRandom) -> SwiftEntryValues {
    let locales = ["en-US", "ja-JP"]
    var localized: [String: LocalizedEntry] = [:]
    for locale in locales where locale == "en-US" || random.next() % 2 == 0 {
      localized[locale] = LocalizedEntry(
        values: typedDefinition.fields.map { randomValue($0.type, &random) }, path: "\(locale)/p.md", line: 3,
        fallback: random.next() % 2 == 0)
    }
    let entry = CatalogEntry(id: "typed-0a1b2c3d", catalog: "Typed", page: "page", locales: localized)
    return SwiftEntryValues(
      entry: entry, property: "typed", sourceLocale: "en-US", locales: locales,
      fields: SwiftCatalogFields(typedDefinition, entries: [entry], sourceLocale: "en-US"))
  }

  @Test(arguments: [91, 92] as [UInt64])
  func writesWhatTheTemplateRendersForEveryFieldType(seed: UInt64) throws {
    let template = try MustacheTemplate(string: DefaultTemplates.swiftEntry)
    var random = SeededRandom(seed: seed)
    for _ in 0..<500 {
      let values = Self.randomTypedValues(&random)
      let written = String(decoding: BuiltInEntryTemplate.render(values), as: UTF8.self)
      #expect(written == template.render(values), "\(values.entry)")
    }
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
