import DocModel
import DocTestSupport
import DocValidation
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
}
