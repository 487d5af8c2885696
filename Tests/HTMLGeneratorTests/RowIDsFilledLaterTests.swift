import DocModel
import DocTestSupport
import Foundation
import Testing

@testable import HTMLGenerator

/// A build renders a catalog page as soon as it is parsed, with markers where its rows' ids go, and fills
/// them in once the catalog is built (``PageAwaitingRowIDs``). Its pages must be the ones the site renders
/// with the ids known from the start (``SiteBuilder``, ``SiteGenerator/generate(rowIDs:pageDone:)``), also
/// where filling in cannot work and the page is rendered again.
@Suite("Catalog pages rendered before their rows' ids")
struct RowIDsFilledLaterTests {
  static let configuration = """
    sourceLocale: en-US
    locales: [en-US, ja-JP]
    catalogs:
      - name: SignInErrors
        pages: [errors.md]
        key: [code]
        fields:
          code: { type: text, header: { en-US: Code, ja-JP: コード } }
          message: { type: pattern, header: { en-US: Error message, ja-JP: エラー メッセージ } }

    """

  static let rows = """
    | Code | Error message |
    |---|---|
    | E100 | The service timed out. |
    | E200 | The user '{name}' was not found. |

    """

  static let japaneseRows = """
    | コード | エラー メッセージ |
    |---|---|
    | E100 | サービスがタイムアウトしました。 |
    | E200 | ユーザー '{name}' が見つかりません。 |

    """

  /// The ids the catalog gives the rows of `rows`, in order.
  static func entryIDs() throws -> [String] {
    let docs = try DocSetFixture(["doccatalog.yml": configuration, "en-US/errors.md": "# Errors\n\n" + rows])
    return try docs.build().0.entries.map(\.id)
  }

  /// The site's catalog pages as the build makes them and as the site renders them with the ids known, with
  /// `templates` in place of the built-in ones.
  static func bothSites(
    _ files: [String: String], templates: [String: String] = [:]
  ) throws -> (built: [String: [UInt8]], known: [String: [UInt8]]) {
    let docs = try DocSetFixture(["doccatalog.yml": configuration].merging(files) { $1 })
    var folder: URL?
    if !templates.isEmpty {
      let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
        "doccatalog-templates-\(UUID().uuidString)")
      try FileManager.default.copyItem(at: Paths.repositoryRoot.appendingPathComponent("Templates"), to: copy)
      for (path, text) in templates { try Data(text.utf8).write(to: copy.appendingPathComponent(path)) }
      folder = copy
    }
    defer { folder.map { try? FileManager.default.removeItem(at: $0) } }
    let built = try BuiltSite.build(docs.root, templates: folder?.path).files
    let known = try SiteBuilder.files(of: docs.root, templates: folder?.path)
    let pages = ["en-US/errors.html", "ja-JP/errors.html"]
    return (
      built.filter { pages.contains($0.key) },
      known.filter { pages.contains($0.key) }
    )
  }

  static func expectSame(_ sites: (built: [String: [UInt8]], known: [String: [UInt8]])) {
    #expect(!sites.known.isEmpty && sites.built.count == sites.known.count)
    for (path, bytes) in sites.known {
      #expect(
        String(decoding: sites.built[path] ?? [], as: UTF8.self) == String(decoding: bytes, as: UTF8.self), "\(path)")
    }
  }

  @Test func rowsOfASourceAndATranslationTakeTheirIDs() throws {
    let sites = try Self.bothSites([
      "en-US/errors.md": "# Errors\n\n" + Self.rows, "ja-JP/errors.md": "# エラー\n\n" + Self.japaneseRows,
    ])
    Self.expectSame(sites)
    let ids = try Self.entryIDs()
    for page in sites.built.values {
      let html = String(decoding: page, as: UTF8.self)
      #expect(ids.allSatisfy { html.contains("<tr id=\"\($0)\">") })
    }
  }

  /// A heading's slug or an anchor in the text equal to a row's id: the row's id is taken first, and the
  /// anchor is dropped, so the page cannot be filled in and is rendered again.
  @Test func idsThePageTookForSomethingElse() throws {
    let ids = try Self.entryIDs()
    Self.expectSame(
      try Self.bothSites([
        "en-US/errors.md": "# Errors\n\n" + Self.rows
          + "\n## \(ids[0])\n\nText with <a name=\"\(ids[1])\"></a>an anchor.\n",
        "ja-JP/errors.md": "# エラー\n\n<a name=\"\(ids[1])\"></a>\n\n" + Self.japaneseRows,
      ]))
  }

  /// Rows inside DocFX blocks, written into buffers of their own, and in an include, whose rows are not the page's.
  @Test func rowsInsideZonesTabsAndIncludes() throws {
    Self.expectSame(
      try Self.bothSites([
        "en-US/errors.md": """
        ---
        zone_pivot_groups: platforms
        ---
        # Errors

        :::zone pivot="windows"

        \(Self.rows)
        :::zone-end

        # [First](#tab/first)

        \(Self.rows)
        # [Second](#tab/second)

        [!INCLUDE [more](../includes/more.md)]

        ---

        """,
        "includes/more.md": Self.rows,
      ]))
  }

  /// A NUL byte the page holds besides the markers. The docs' own NUL bytes become U+FFFD as they are read
  /// (pages, snippets, front matter); a page template's reach the page.
  @Test func aNulByteInThePage() throws {
    let template = "{{% CONTENT_TYPE: TEXT }}\u{0}{{{body}}}\u{0}1\u{0}"
    let sites = try Self.bothSites(
      ["en-US/errors.md": "# Errors\n\n" + Self.rows], templates: ["html/page.html.mustache": template])
    #expect(
      sites.known.values.allSatisfy { $0.filter { $0 == 0 }.count == 3 }, "the template's NUL bytes reach the page")
    Self.expectSame(sites)
  }

  /// A page template that escapes the body, or shows it twice.
  @Test func templatesThatTransformOrRepeatTheBody() throws {
    let files = ["en-US/errors.md": "# Errors\n\n" + Self.rows]
    for template in ["{{% CONTENT_TYPE: HTML }}{{body}}", "{{% CONTENT_TYPE: TEXT }}{{{body}}}|{{{body}}}"] {
      Self.expectSame(try Self.bothSites(files, templates: ["html/page.html.mustache": template]))
    }
  }

  @Test func markersAreFilledInOnlyWhenEachIsThereOnce() {
    let markers = RowIDMarkers(key: 0x0123_4567_89ab_cdef)
    func marked(_ parts: [Any]) -> [UInt8] {
      var html = HTMLOutput()
      for part in parts {
        if let index = part as? Int { markers.write(index: index, into: &html) } else { html += "\(part)" }
      }
      return html.bytes
    }
    let page = marked(["<tr", 0, ">a</tr><tr", 1, ">b</tr>"])
    let filled = markers.filled(page, lines: [3, 4], anchors: [3: "x&y"]).map { String(decoding: $0, as: UTF8.self) }
    #expect(filled == "<tr id=\"x&amp;y\">a</tr><tr>b</tr>")
    // One missing, one twice, an index past the rows, a NUL of the text's, another key's marker.
    #expect(markers.filled(marked(["<tr", 0, ">"]), lines: [3, 4], anchors: [:]) == nil)
    #expect(markers.filled(marked(["<tr", 0, "><tr", 0, ">"]), lines: [3, 4], anchors: [:]) == nil)
    #expect(markers.filled(marked(["<tr", 0, "><tr", 2, ">"]), lines: [3, 4], anchors: [:]) == nil)
    #expect(markers.filled(marked(["<tr", 0, "><tr", 1, ">\u{0}"]), lines: [3, 4], anchors: [:]) == nil)
    var forged = HTMLOutput()
    RowIDMarkers(key: 1).write(index: 1, into: &forged)
    #expect(markers.filled(marked(["<tr", 0, ">"]) + forged.bytes, lines: [3, 4], anchors: [:]) == nil)
    #expect(markers.filled(marked(["<tr", 0, "><tr", 1, ">"]), lines: [3, 4], anchors: [:]) == Array("<tr><tr>".utf8))
  }
}
