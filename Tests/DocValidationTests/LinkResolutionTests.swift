import DocBuild
import DocModel
import DocTestSupport
import Foundation
import Testing

/// `validate` on a doc set with one link of each kind Learn resolves (a DocFX tab, a heading of only
/// symbols, an included file's heading, a heading in a zone, an explicit anchor, a page and an anchor in
/// another case, a translation's link to a page only the source has, a folder, a table of contents) and
/// one of each kind that is still wrong (a missing page or anchor, a redirected page, a broken link in a
/// table of contents): exactly the findings of Fixtures/links/expected.txt.
@Suite("Links resolved as Learn resolves them")
struct LinkResolutionTests {
  static let fixture = Paths.folder(of: #filePath).appendingPathComponent("Fixtures/links")

  static let expected: [String] = {
    let text = (try? String(contentsOf: fixture.appendingPathComponent("expected.txt"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
  }()

  func findings() throws -> [Diagnostic] {
    try ValidationPipeline(docsDirectory: Self.fixture.path).run(observer: ReportedDiagnostics()).diagnostics
  }

  @Test func onlyTheTrueFindingsAreReported() throws {
    let prefix = Self.fixture.path + "/"
    let found = try findings().map { finding in
      "\(finding.rule) \(finding.file.dropFirst(prefix.count)):\(finding.line):\(finding.column)"
    }
    #expect(Self.expected.count == 10)
    #expect(found == Self.expected)
  }

  /// Tables of contents are not pages: no front matter or translation findings, and not in the catalog's pages.
  @Test func tablesOfContentsAreNotPages() throws {
    let docSet = try DocSetReading.read(root: Self.fixture.path)
    #expect(docSet.pages.map(\.path).filter { $0.lowercased().contains("toc") }.isEmpty)
    #expect(docSet.pages.count == 7)
  }

  /// The site gives an included file's heading the id DocFX gives it, the one links name.
  @Test func theSiteWritesTheIncludedHeadingsID() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("links-site-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: site) }
    let result = try Command.run(
      Command.doccatalog, ["build", Self.fixture.path, "--html", site.path, "--json", "-", "--no-cache"])
    #expect(result.status == 0, "\(result.standardError)")
    let page = try String(contentsOf: site.appendingPathComponent("en-US/setup.html"), encoding: .utf8)
    #expect(page.contains("<h2 id=\"before-you-begin\">Before you begin</h2>"))
    #expect(page.components(separatedBy: "id=\"set-up-the-widget-service\"").count == 2)
    #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("en-US/TOC.html").path))
  }
}
