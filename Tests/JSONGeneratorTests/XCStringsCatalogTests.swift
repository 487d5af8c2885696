import DocModel
import DocTestSupport
import Foundation
import JSONGenerator
import Testing

/// The String Catalog `build --xcstrings` writes: read back as JSON, in the format's keys and nesting, with
/// every entry's texts in every locale.
@Suite("Xcode String Catalog")
struct XCStringsCatalogTests {
  /// The file's JSON, decoded.
  static func decoded(_ catalog: Catalog) throws -> [String: Any] {
    let bytes = XCStringsCatalog.encode(catalog)
    return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
  }

  /// The format's keys and nesting, as Xcode writes them: every string has a comment, `manual` extraction and
  /// localizations of `stringUnit`s with a known state and a value; nothing else appears.
  static func checkShape(_ file: [String: Any]) throws -> [String: [String: Any]] {
    #expect(Set(file.keys) == ["sourceLanguage", "strings", "version"])
    #expect(file["version"] as? String == "1.0")
    let strings = try #require(file["strings"] as? [String: [String: Any]])
    for (key, string) in strings {
      #expect(
        Set(string.keys).isSubset(of: ["comment", "extractionState", "localizations", "shouldTranslate"]), "\(key)")
      #expect(string["comment"] is String, "\(key)")
      #expect(string["extractionState"] as? String == "manual", "\(key)")
      if let shouldTranslate = string["shouldTranslate"] { #expect(shouldTranslate as? Bool == false, "\(key)") }
      let localizations = try #require(string["localizations"] as? [String: [String: Any]], "\(key)")
      for (locale, localization) in localizations {
        #expect(Set(localization.keys) == ["stringUnit"], "\(key) \(locale)")
        let unit = try #require(localization["stringUnit"] as? [String: Any], "\(key) \(locale)")
        #expect(Set(unit.keys) == ["state", "value"], "\(key) \(locale)")
        #expect(["translated", "needs_review"].contains(unit["state"] as? String), "\(key) \(locale)")
        #expect(unit["value"] is String, "\(key) \(locale)")
      }
    }
    return strings
  }

  static func value(_ strings: [String: [String: Any]], _ key: String, _ locale: String) -> String? {
    let localizations = strings[key]?["localizations"] as? [String: [String: Any]]
    return (localizations?[locale]?["stringUnit"] as? [String: Any])?["value"] as? String
  }

  /// Every entry of the seed docs, each field with text, in the source locale and each translation.
  @Test func seedDocsReadBackWithEveryTranslatedText() throws {
    let (catalog, _) = try DocSetFixture.build(Paths.docs)
    let file = try Self.decoded(catalog)
    #expect(file["sourceLanguage"] as? String == "en-US")
    let strings = try Self.checkShape(file)
    let definition = try #require(catalog.catalogs.first)
    var expectedKeys: Set<String> = []
    for entry in catalog.entries {
      for (index, field) in definition.fields.enumerated() {
        let source = try #require(entry.locales["en-US"])[index].text
        guard !source.isEmpty else { continue }
        let key = "\(entry.id).\(field.name)"
        expectedKeys.insert(key)
        #expect(Self.value(strings, key, "en-US") == source)
        let japanese = try #require(entry.locales["ja-JP"])
        let expected = field.translated && !japanese.fallback ? japanese[index].text : nil
        #expect(Self.value(strings, key, "ja-JP") == expected, "\(key)")
        #expect((strings[key]?["shouldTranslate"] as? Bool) == (field.translated ? nil : false), "\(key)")
        #expect((strings[key]?["comment"] as? String)?.contains(entry.locales["en-US"]!.path) == true)
      }
    }
    #expect(Set(strings.keys) == expectedKeys)
    #expect(strings.count > 31 * 2)
  }

  /// A page that front matter marks machine-translated gives `needs_review`; a human translation `translated`.
  @Test(arguments: [("MT", "needs_review"), ("MTE75", "needs_review"), ("HT", "translated")])
  func machineTranslatedPagesNeedReview(type: String, state: String) throws {
    let rows = [["E1: failed", "Box", "Box failed.", "Retry."]]
    func page(_ locale: String) -> String {
      DocSetFixture.page(locale: locale, rows: rows).replacingOccurrences(
        of: "ms.date:", with: locale == "ja-JP" ? "ms.translationtype: \(type)\nms.date:" : "ms.date:")
    }
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration, "en-US/errors.md": page("en-US"), "ja-JP/errors.md": page("ja-JP"),
    ])
    let (catalog, _) = try fixture.build()
    let strings = try Self.checkShape(try Self.decoded(catalog))
    let id = try #require(catalog.entries.first?.id)
    let localizations = try #require(strings["\(id).description"]?["localizations"] as? [String: [String: Any]])
    #expect((localizations["ja-JP"]?["stringUnit"] as? [String: Any])?["state"] as? String == state)
    #expect((localizations["en-US"]?["stringUnit"] as? [String: Any])?["state"] as? String == "translated")
  }

  /// Written as Xcode writes it, and the same bytes every time.
  @Test func formatIsXcodesAndDeterministic() throws {
    let (catalog, _) = try DocSetFixture.build(Paths.docs)
    let text = String(decoding: XCStringsCatalog.encode(catalog), as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"sourceLanguage\" : \"en-US\",\n  \"strings\" : {\n    \""))
    #expect(text.hasSuffix("\n  },\n  \"version\" : \"1.0\"\n}\n"))
    #expect(text.contains("\"extractionState\" : \"manual\""))
    #expect(XCStringsCatalog.encode(catalog) == XCStringsCatalog.encode(catalog))
  }
}
