import DocBuild
import DocModel
import DocTestSupport
import DocValidation
import Foundation
import Testing

@Suite("link.unresolved-xref")
struct LinkUnresolvedXrefTests {
  static let configuration = DocSetFixture.configuration + "\nxrefmaps: [xref/xrefmap.yml]\n"
  static let xrefmap = """
    references:
    - uid: Contoso.Widget
      name: Widget
      href: api/widget.html

    """

  /// An `<xref:…>` or `[text](xref:…)` that resolves to nothing is found at its `xref:`, in text and in a
  /// table cell; uids of the xrefmap and of a page's front matter resolve. A shorthand that resolves to
  /// nothing is text, as on Learn (`@` before a mail domain is common), and so are an address, code and an
  /// `@` inside a word.
  @Test func anUnresolvedXrefIsFoundWhereItIsWritten() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": Self.configuration,
      "xref/xrefmap.yml": Self.xrefmap,
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      uid: guide
      ---
      # Guide

      See <1️⃣xref:Missing.Type>, [gone](2️⃣xref:Gone#part) and @No.Such.Uid, then
      <xref:Contoso.Widget>, @Contoso.Widget, [other](xref:other) and @"guide".

      Not xrefs: mail a@b.com, `@code`, users in the @fabrikam.com domain and @"spaced uid".

      | Name | Link |
      |---|---|
      | w | @Nope, [nope](3️⃣xref:Nope) |

      """,
      "en-US/other.md": """
      ---
      title: Other
      description: Another page.
      ms.date: 01/15/2024
      uid: other
      ---
      # Other

      """,
    ])
    #expect(try docs.findings(of: LinkUnresolvedXref.self) == docs.places("1️⃣", "2️⃣", "3️⃣"))
    let messages = try docs.messages(of: LinkUnresolvedXref.self)
    #expect(messages.first == "xref uid 'Missing.Type' is in no xrefmap and no page's 'uid:'; it is shown as text")
    #expect(messages[2].contains("'Nope'"))
  }

  /// `build` reports the same findings when it renders the site, and the site shows each as text, the
  /// shorthand too.
  @Test func buildReportsThemTooAndShowsTheirText() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": Self.configuration,
      "xref/xrefmap.yml": Self.xrefmap,
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      See @Nope, [gone](1️⃣xref:Gone), <2️⃣xref:Gone.Too> and <xref:Contoso.Widget>.

      """,
    ])
    let (files, diagnostics) = try BuiltSite.build(docs.root)
    let prefix = docs.root.path + "/"
    let places = diagnostics.filter { $0.rule == LinkUnresolvedXref.id }.map {
      "\($0.file.dropFirst(prefix.count)):\($0.line):\($0.column)"
    }
    #expect(places == docs.places("1️⃣", "2️⃣"))
    let page = String(decoding: try #require(files["en-US/guide.html"]), as: UTF8.self)
    #expect(page.contains("See @Nope, gone, Gone.Too and <a href=\"../xref/api/widget.html\">Widget</a>."))
  }

  /// Before, a build without the site (`--json`, `--swift`) reported no xref finding: only the site looked.
  /// Every build now reports the unresolved xrefs and the duplicate uids as `--html` and `validate` do, with
  /// the build cache too, when the page without xrefs is taken from the last build's results.
  @Test func everyBuildReportsThemWhateverItsOutputs() throws {
    let page = { (title: String, uid: String, body: String) in
      "---\ntitle: \(title)\ndescription: A page.\nms.date: 01/15/2024\n\(uid)\n---\n# \(title)\n\n\(body)\n"
    }
    let docs = try MarkedDocs([
      "doccatalog.yml": Self.configuration,
      "xref/xrefmap.yml": Self.xrefmap,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1", "App", "D", "R"]]),
      "en-US/guide.md": page("Guide", "uid: guide", "See [gone](1️⃣xref:Gone) and <xref:Contoso.Widget>."),
      "en-US/other.md": page("Other", "2️⃣uid: guide", "No xrefs."),
      "en-US/plain.md": page("Plain", "", "Nothing to resolve."),
    ])
    let rules = [LinkUnresolvedXref.id, XrefDuplicateUID.id]
    let expected = docs.places("2️⃣", "1️⃣")
    let out = try DocSetFixture([:])
    func built(_ outputs: [String: String], cache: Bool = false) throws -> [String] {
      let reported = ReportedDiagnostics()
      _ = try BuildPipeline(
        .init(
          docsDirectory: docs.root.path, outputPaths: outputs.mapValues { out.root.appendingPathComponent($0).path },
          cacheDirectory: out.root.appendingPathComponent("cache").path, usesCache: cache)
      ).run(observer: reported)
      return reported.diagnostics.filter { rules.contains($0.rule) }.map {
        "\($0.file.dropFirst(docs.root.path.count + 1)):\($0.line):\($0.column)"
      }
    }
    #expect(try docs.findings().filter { rules.contains($0.rule) }.count == 2)
    #expect(try built(["html": "site"]) == expected)
    #expect(try built(["json": "c.json"]) == expected)
    #expect(try built(["swift": "c.swift", "xcstrings": "c.xcstrings"]) == expected)
    #expect(try built(["json": "c.json"], cache: true) == expected)
    let plain = docs.root.appendingPathComponent("en-US/plain.md")
    try (String(contentsOf: plain, encoding: .utf8) + "\nMore.\n").write(to: plain, atomically: true, encoding: .utf8)
    #expect(try built(["json": "c.json"], cache: true) == expected)
  }
}
