import DocBuild
import DocModel
import DocParser
import DocTestSupport
import Foundation
import Testing

@Suite("Catalog building and locale alignment")
struct CatalogBuilderTests {
  let sourceRows = [
    ["HttpRequestFailure: 401", "Okta", "Bad token", "Reconnect"],
    ["HttpRequestFailure: 401", "Box", "Bad password", "Check it"],
    ["IOException:", "Okta", "Internal error", "Call support"],
  ]

  func build(source: [[String]], translated: [[String]]?) throws -> (Catalog, [Diagnostic]) {
    var files = [
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: source),
    ]
    if let translated { files["ja-JP/errors.md"] = DocSetFixture.page(locale: "ja-JP", rows: translated) }
    return try DocSetFixture(files).build()
  }

  @Test func projectDocsGiveThirtyOneAlignedEntries() throws {
    let (catalog, diagnostics) = try DocSetFixture.build(Paths.docs)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
    #expect(catalog.entries.count == 31)
    #expect(catalog.locales == ["en-US", "ja-JP"])
    #expect(
      catalog.entries.allSatisfy { $0.locales["ja-JP"]?.fallback == false && $0.locales["en-US"]?.fallback == false })
    #expect(catalog.entries.map { $0.locales["ja-JP"]!.line } == Array(38...68))
    #expect(Set(catalog.entries.map(\.id)).count == 31)
    let workday = try #require(catalog.entries.last?.locales["ja-JP"])
    #expect(workday.app.text == "Workday")
    // The message is not translated: the translation's row has the source's (the ja-JP page's own, with
    // spaces added by translation, is what validation reports).
    #expect(workday.message.text == "\"code\":401,\"serverResponse\":\n…\nbody\":\"{\"error\":\"invalid_client\"}\"")
  }

  @Test func rowsAlignByKeyThenMessageThenPosition() throws {
    let translated = [
      ["HttpRequestFailure: 401", "ボックス", "パスワード", "確認"],  // app translated: aligned by message order
      ["HttpRequestFailure: 401", "Okta", "トークン", "再接続"],  // exact key
      ["IOException が発生", "Okta", "内部エラー", "サポート"],  // message translated: aligned by position
    ]
    let (catalog, _) = try build(source: sourceRows, translated: translated)
    let japanese = catalog.entries.map { $0.locales["ja-JP"]!.description.text }
    #expect(japanese == ["トークン", "パスワード", "内部エラー"])
    #expect(catalog.entries.allSatisfy { $0.locales["ja-JP"]?.fallback == false })
  }

  @Test func missingRowsFallBackToTheSourceLocale() throws {
    let (catalog, _) = try build(source: sourceRows, translated: [["HttpRequestFailure: 401", "Okta", "トークン", "再接続"]])
    let entries = catalog.entries.map { $0.locales["ja-JP"]! }
    #expect(entries.map(\.fallback) == [false, true, true])
    #expect(entries[1].description.text == "Bad password")
    #expect(entries[1].path == "en-US/errors.md")
  }

  @Test func aMissingPageFallsBackWhole() throws {
    let (catalog, _) = try build(source: sourceRows, translated: nil)
    #expect(catalog.entries.allSatisfy { $0.locales["ja-JP"]?.fallback == true })
  }

  @Test func idsSurviveReorderingAndTranslationChanges() throws {
    let (first, _) = try build(source: sourceRows, translated: nil)
    let (reordered, _) = try build(source: sourceRows.reversed(), translated: [["IOException:", "Okta", "x", "y"]])
    #expect(Set(first.entries.map(\.id)) == Set(reordered.entries.map(\.id)))
    #expect(
      first.entries.map(\.id) == [
        "okta-httprequestfailure-401-5769a644", "box-httprequestfailure-401-e6d53ff9", "okta-ioexception-018abb6f",
      ])
  }

  @Test func duplicateKeysAreReportedAndKeptApart() throws {
    let (catalog, diagnostics) = try build(source: sourceRows + [sourceRows[0]], translated: nil)
    #expect(catalog.entries.count == 4)
    #expect(catalog.entries[3].id == catalog.entries[0].id + "-2")
    let catalogDiagnostics = diagnostics.filter { $0.rule.hasPrefix("catalog.") }
    #expect(catalogDiagnostics.map(\.rule) == ["catalog.duplicate-key"])
    #expect(catalogDiagnostics.first?.line == 14)
  }

  @Test func untranslatedAndBracketedHeadersStillMatch() throws {
    let page = "|Error message|アプリ|[説明]|解決方法|\n|-|-|-|-|\n|IOException:|Okta|内部|連絡|\n"
    let (catalog, _) = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: sourceRows),
      "ja-JP/errors.md": page,
    ]).build()
    #expect(catalog.entries[2].locales["ja-JP"]?.description.text == "内部")
  }

  @Test func aPageWithoutCatalogTableIsReported() throws {
    let (_, diagnostics) = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": "# Errors\n\n|Code|Meaning|\n|-|-|\n|1|one|\n",
    ]).build()
    #expect(diagnostics.map(\.rule) == ["docset.missing-locale", "catalog.no-table"])
  }

  @Test func missingIncludesAreReported() throws {
    let (_, diagnostics) = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: sourceRows) + "\n[!INCLUDE [x](includes/nope.md)]\n",
      "includes/support.md": "Support.\n",
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: sourceRows)
        + "\n[!INCLUDE [x](includes/support.md)]\n",
    ]).build()
    #expect(diagnostics.map(\.rule) == ["include.missing-file"])
    #expect(diagnostics.first?.line == 15)
  }

  @Test func invalidConfigurationIsReportedAtItsLine() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml":
        "sourceLocale: en-US\ncatalogs:\n  - name: 1bad\n    pages: [a.md]\n    columns: {message: {en-US: M}}\n"
    ])
    let (configuration, diagnostics) = try DocSetReader().configuration(
      root: fixture.root.path, configPath: nil, vocabulary: DocsFolder.vocabulary)
    #expect(configuration == nil)
    #expect(
      diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == [
        "3:11 catalog 'name' must be an identifier such as 'AppConnectorErrors'"
      ])
  }
}
