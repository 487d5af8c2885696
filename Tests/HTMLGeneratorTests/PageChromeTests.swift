import DocBuild
import DocParser
import DocTestSupport
import Foundation
import Testing

/// What a page shows around its article: its description for search engines, an "Edit this page" link when
/// the configuration names where the docs are edited, and a layout for print.
@Suite("Page chrome")
struct PageChromeTests {
  static let configuration = """
    sourceLocale: en-US
    locales: [en-US, ja-JP]
    site:
      editURL: https://github.com/org/repo/blob/main/docs

    """

  /// The site's files, built from `docs` into a folder removed with `out`.
  static func site(of docs: MarkedDocs, out: DocSetFixture) throws -> (String) -> String? {
    let site = out.root.appendingPathComponent("site").path
    _ = try BuildPipeline(.init(docsDirectory: docs.root.path, outputPaths: ["html": site], usesCache: false))
      .run(observer: ReportedDiagnostics())
    return { try? String(contentsOfFile: site + "/" + $0, encoding: .utf8) }
  }

  /// Each page links to its own source under `editURL`, its path's segments percent-encoded; a page shown in
  /// a locale that lacks it links to the page it shows. The page's description is its meta description.
  @Test func pagesLinkToTheirSourceUnderTheEditURL() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": Self.configuration,
      "en-US/errors.md": "---\ntitle: Errors\ndescription: What \"errors\" mean & do.\n---\n# Errors\n",
      "en-US/my guide/a&b.md": "# Guide\n",
      "ja-JP/errors.md": "---\ntitle: エラー\n---\n# エラー\n",
    ])
    let out = try DocSetFixture([:])
    let file = try Self.site(of: docs, out: out)
    let errors = try #require(file("en-US/errors.html"))
    #expect(
      errors.contains(
        " · <a class=\"edit-link\" href=\"https://github.com/org/repo/blob/main/docs/en-US/errors.md\">Edit this page</a></p>"
      ))
    #expect(errors.contains("<meta name=\"description\" content=\"What &quot;errors&quot; mean &amp; do.\">"))
    let guide = try #require(file("en-US/my guide/a&b.html"))
    #expect(guide.contains("href=\"https://github.com/org/repo/blob/main/docs/en-US/my%20guide/a%26b.md\">"))
    let translated = try #require(file("ja-JP/errors.html"))
    #expect(translated.contains("href=\"https://github.com/org/repo/blob/main/docs/ja-JP/errors.md\">このページを編集</a>"))
    // ja-JP lacks the guide: its stand-in links to the page it shows.
    let fallback = try #require(file("ja-JP/my guide/a&b.html"))
    #expect(fallback.contains("href=\"https://github.com/org/repo/blob/main/docs/en-US/my%20guide/a%26b.md\">"))
  }

  /// Without `site.editURL`, pages have no edit link.
  @Test func noEditLinkWithoutAnEditURL() throws {
    let docs = try MarkedDocs(["en-US/errors.md": "# Errors\n"], configured: false)
    let out = try DocSetFixture([:])
    let page = try #require(try Self.site(of: docs, out: out)("en-US/errors.html"))
    #expect(!page.contains("edit-link"))
  }

  /// An `editURL` that is not an absolute `https` address, or a `site:` key the tool does not know, is a
  /// configuration error at its value or key; nothing is built.
  @Test func editURLsThatAreNotHTTPSAreRefusedWhereTheyAreWritten() throws {
    for (value, message) in [
      ("javascript:alert(1)", "'javascript:alert(1)'"), ("http://example.com/docs/", "'http://example.com/docs/'"),
      ("\"https://example.com/a b/\"", "'https://example.com/a b/'"), ("https:///docs", "'https:///docs'"),
      ("https://example.com/docs/?x=1", "'https://example.com/docs/?x=1'"), ("[https://example.com/]", "''"),
    ] {
      let docs = try MarkedDocs([
        "doccatalog.yml": "sourceLocale: en-US\nsite:\n  editURL: 1️⃣\(value)\n  2️⃣colour: red\n",
        "en-US/errors.md": "# Errors\n",
      ])
      #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣", "2️⃣"), "\(value)")
      let messages = try docs.messages(of: ConfigInvalid.self)
      #expect(messages.first?.hasSuffix("not \(message)") == true, "\(messages)")
      #expect(messages.last == "unknown key 'colour'; expected one of editURL, videoHosts")
    }
    let docs = try MarkedDocs([
      "doccatalog.yml": "sourceLocale: en-US\nsite: 1️⃣https://example.com/\n", "en-US/errors.md": "# Errors\n",
    ])
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣"))
  }

  /// Printed, a page is its article alone: the stylesheet hides the site's header, footer, the list of the
  /// article's sections and the edit link, and lets the text take the paper's width.
  @Test func printedPagesAreTheArticleAlone() throws {
    let docs = try MarkedDocs(["en-US/errors.md": "# Errors\n"], configured: false)
    let out = try DocSetFixture([:])
    let style = try #require(try Self.site(of: docs, out: out)("style.css"))
    let print = try #require(style.range(of: "@media print {\n").map { style[$0.upperBound...] })
    let block = print.prefix { $0 != "}" }
    #expect(block.contains(".site-header, .site-footer, .toc, .edit-link { display: none; "))
    #expect(print.contains("body { max-width: none; padding: 0; }"))
  }
}
