import DocTestSupport
import Foundation
import Testing

/// The build cache knows the xrefmaps a site's links come from.
@Suite("Xrefmaps and the build cache")
struct XrefBuildCacheTests {
  /// An xrefmap named like DocFX's `.xrefmap.yml` (a dot file, which the docs' digest does not read) is an
  /// input of the build: changing it alone rebuilds the site.
  @Test func changingADotXrefmapRebuilds() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US]\nxrefmaps: [.xrefmap.yml]\n",
      ".xrefmap.yml": "references:\n- uid: A\n  name: Alpha\n  href: https://a.example/one\n",
      "en-US/page.md": "# Page\n\nSee <xref:A>.\n",
    ])
    let site = fixture.root.appendingPathComponent("out/site")
    let page = site.appendingPathComponent("en-US/page.html")
    func build() throws -> CommandResult {
      try Command.run(Command.doccatalog, ["build", fixture.root.path, "--html", site.path])
    }
    #expect(try build().status == 0)
    #expect(try String(contentsOf: page, encoding: .utf8).contains("<a href=\"https://a.example/one\">Alpha</a>"))
    try "references:\n- uid: A\n  name: Alpha\n  href: https://a.example/two\n".write(
      to: fixture.root.appendingPathComponent(".xrefmap.yml"), atomically: true, encoding: .utf8)
    let second = try build()
    #expect(second.status == 0)
    #expect(!second.standardError.contains("up to date"))
    #expect(try String(contentsOf: page, encoding: .utf8).contains("<a href=\"https://a.example/two\">Alpha</a>"))
  }
}
