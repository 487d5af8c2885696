import DocBuild
import DocModel
import DocTestSupport
import Foundation
import Testing

/// Every catalog row of the site carries its entry's id, and the catalog JSON's `href` of each locale leads
/// to a row of that id: an app or a support ticket can link to the exact row.
@Suite("Row anchors")
struct RowAnchorTests {
  /// Three locales: ja-JP lacks the row `E2`, de-DE lacks the page (the site shows the source's there).
  static let files: [String: String] = [
    "doccatalog.yml": """
    sourceLocale: en-US
    locales: [en-US, ja-JP, de-DE]
    catalogs:
      - name: Errors
        pages: [errors.md]
        key: [message, app]
        fields:
          message: {type: pattern, header: {en-US: Error message, ja-JP: エラー メッセージ}}
          app: {type: enum, header: {en-US: App, ja-JP: アプリ}}
          description: {type: markdown, header: {en-US: Description, ja-JP: 説明}}
          resolution: {type: markdown, header: {en-US: Resolution, ja-JP: 解決方法}}
    """,
    "en-US/errors.md": DocSetFixture.page(
      locale: "en-US",
      rows: [["E1 failed", "Mail", "D1", "R1"], ["E2 failed", "Mail", "D2", "R2"], ["E3", "Box", "D3", "R3"]]
    ),
    "ja-JP/errors.md": DocSetFixture.page(
      locale: "ja-JP", rows: [["E1 failed", "Mail", "説明1", "解決1"], ["E3", "Box", "説明3", "解決3"]]),
    "de-DE/intro.md": "# Einführung\n\nText.\n",
  ]

  /// Builds `files` with the real pipeline: the catalog JSON and the site.
  static func build(_ files: [String: String]) throws -> (json: [String: Any], site: URL, folders: [DocSetFixture]) {
    let docs = try DocSetFixture(files)
    let out = try DocSetFixture([:])
    let site = out.root.appendingPathComponent("site")
    let json = out.root.appendingPathComponent("catalog.json")
    let pipeline = BuildPipeline(
      .init(docsDirectory: docs.root.path, outputPaths: ["html": site.path, "json": json.path], usesCache: false))
    _ = try pipeline.run(observer: ReportedDiagnostics())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
    return (object, site, [docs, out])
  }

  /// The ids of the rows (`<tr id>`) of a site page, in order.
  static func rowIDs(_ page: URL) throws -> [String] {
    let html = try String(contentsOf: page, encoding: .utf8)
    return html.components(separatedBy: "<tr id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
  }

  @Test func eachRowCarriesItsEntrysIdInEveryLocale() throws {
    let built = try Self.build(Self.files)
    let (json, site) = (built.json, built.site)
    let entries = try #require(json["entries"] as? [[String: Any]])
    let ids = entries.compactMap { $0["id"] as? String }
    #expect(ids.count == 3)
    #expect(try Self.rowIDs(site.appendingPathComponent("en-US/errors.html")) == ids)
    // The translation's rows get the ids of the entries they align to; the row it lacks has none there.
    #expect(try Self.rowIDs(site.appendingPathComponent("ja-JP/errors.html")) == [ids[0], ids[2]])
    // A locale without the page shows the source's, rows and ids alike.
    #expect(try Self.rowIDs(site.appendingPathComponent("de-DE/errors.html")) == ids)
  }

  /// Each locale's `href` names a page of the site that has a row of the entry's id.
  @Test func eachHrefLeadsToTheEntrysRow() throws {
    let built = try Self.build(Self.files)
    let (json, site) = (built.json, built.site)
    let entries = try #require(json["entries"] as? [[String: Any]])
    var hrefs: [String] = []
    for entry in entries {
      let id = try #require(entry["id"] as? String)
      let locales = try #require(entry["locales"] as? [String: [String: Any]])
      #expect(Set(locales.keys) == ["en-US", "ja-JP", "de-DE"])
      for locale in locales.keys.sorted() {
        let href = try #require(locales[locale]?["href"] as? String)
        hrefs.append(href)
        let parts = href.split(separator: "#", maxSplits: 1).map(String.init)
        #expect(parts.count == 2 && parts[1] == id, "\(href)")
        #expect(try Self.rowIDs(site.appendingPathComponent(parts[0])).contains(id), "\(href)")
      }
    }
    // ja-JP's page lacks E2: its href is the source's page.
    #expect(
      hrefs[3...5] == [
        "de-DE/errors.html#\(entries[1]["id"]!)", "en-US/errors.html#\(entries[1]["id"]!)",
        "en-US/errors.html#\(entries[1]["id"]!)",
      ])
  }

  /// An id a heading already has is not given to a row as well: no id appears twice in a page.
  @Test func aRowIdNeverRepeatsAnotherIdOfThePage() throws {
    var files = Self.files
    let first = try Self.build(files)
    let entries = try #require(first.json["entries"] as? [[String: Any]])
    let id = try #require(entries[0]["id"] as? String)
    // A heading whose id is the first entry's.
    files["en-US/errors.md"]! += "\n## \(id)\n"
    let built = try Self.build(files)
    let site = built.site
    let html = try String(contentsOf: site.appendingPathComponent("en-US/errors.html"), encoding: .utf8)
    #expect(html.components(separatedBy: "id=\"\(id)\"").count == 2, "once")
    #expect(try Self.rowIDs(site.appendingPathComponent("en-US/errors.html")).count == 2)
  }
}
