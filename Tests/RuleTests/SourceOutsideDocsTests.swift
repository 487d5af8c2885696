import DocBuild
import DocParser
import DocTestSupport
import Foundation
import Testing

@Suite("source.outside-docs")
struct SourceOutsideDocsTests {
  /// Links out of the docs folder (a page, an include, one to /proc/self/environ, a folder, the
  /// configuration) are found, at the link, and not read: nothing of their targets reaches the site. Links
  /// that stay inside the docs folder are followed.
  @Test func linksOutOfTheDocsFolderAreFoundAndNotRead() throws {
    let outside = try DocSetFixture(["secret.md": "# TOPSECRET\n", "folder/page.md": "# TOPSECRET too\n"])
    let docs = try MarkedDocs([
      "en-US/guide.md": "# Guide\n\n[!INCLUDE [env](../includes/env.md)]\n\n[!INCLUDE [s](../includes/secret.md)]\n\n"
        + "[!INCLUDE [in](../includes/inside.md)]\n",
      "en-US/real/inner.md": "# Inner\n",
      "includes/shared.md": "Shared text.\n",
    ])
    let root = docs.root.path
    func link(_ target: String, _ path: String) { #expect(symlink(target, root + "/" + path) == 0) }
    link("/proc/self/environ", "includes/env.md")
    link(outside.root.path + "/secret.md", "includes/secret.md")
    link("shared.md", "includes/inside.md")
    link(outside.root.path + "/secret.md", "en-US/leak.md")
    link(outside.root.path + "/folder", "en-US/folder")
    link("real", "en-US/linked")
    #expect(
      try docs.findings(of: SourceOutsideDocs.self) == [
        "en-US/folder", "en-US/leak.md", "includes/env.md", "includes/secret.md",
      ])
    #expect(
      try docs.messages(of: SourceOutsideDocs.self) == [
        "links to a folder outside the docs folder; not walked", "links outside the docs folder; not read",
        "links outside the docs folder; not read", "links outside the docs folder; not read",
      ])
    let site = try SiteBuilder.files(of: docs.root)
    let environment = ProcessInfo.processInfo.environment.values.filter { $0.count >= 8 }
    for (path, bytes) in site {
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(!text.contains("TOPSECRET"), "\(path)")
      #expect(!environment.contains { text.contains($0) }, "\(path) holds the environment")
    }
    let guide = String(decoding: site["en-US/guide.html"] ?? [], as: UTF8.self)
    #expect(guide.contains("Shared text."), "a link inside the docs folder is followed")
    #expect(site["en-US/linked/inner.html"] != nil, "a folder linked inside the docs folder is walked")
  }

  /// The docs' own configuration is not read through a link out of the docs folder; the configuration then
  /// counts as invalid.
  @Test func aConfigurationLinkedFromOutsideIsNotRead() throws {
    let outside = try DocSetFixture(["doccatalog.yml": "sourceLocale: en-US\n"])
    let docs = try MarkedDocs(["en-US/guide.md": "# Guide\n"], configured: false)
    #expect(
      symlink(outside.root.path + "/doccatalog.yml", docs.root.appendingPathComponent("doccatalog.yml").path) == 0)
    #expect(try docs.findings(of: SourceOutsideDocs.self) == ["doccatalog.yml"])
  }
}
