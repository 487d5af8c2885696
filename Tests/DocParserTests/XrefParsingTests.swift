import DocModel
import DocTestSupport
import Foundation
import Testing

@testable import DocParser

/// `<xref:uid>`, `[text](xref:uid)` and `@uid` become ``Inline/xref(_:)`` in paragraphs, headings and table
/// cells; what is no xref stays text.
@Suite("Xrefs in the model")
struct XrefParsingTests {
  let parser = MarkdownParser()

  private func inlines(_ markdown: String) throws -> [Inline] {
    let blocks = parser.parse(markdown, path: "page.md").document.blocks
    guard case .paragraph(let paragraph)? = blocks.first else {
      Issue.record("expected a paragraph in \(blocks)")
      return []
    }
    return paragraph.inlines
  }

  private func xrefs(_ markdown: String) throws -> [Xref] {
    try inlines(markdown).compactMap { if case .xref(let xref) = $0 { xref } else { nil } }
  }

  @Test func theAutolinkAndItsQuery() throws {
    let found = try xrefs("See <xref:System.String?displayProperty=fullName> and <xref:A.B#remarks>.")
    #expect(found.map(\.uid) == ["System.String", "A.B"])
    #expect(found.map(\.form) == [.autolink, .autolink])
    #expect(found.map(\.displayProperty) == [.fullName, .name])
    #expect(found.map(\.anchor) == [nil, "remarks"])
    #expect(found.allSatisfy { $0.children.isEmpty })
    #expect(found.first?.written == "xref:System.String?displayProperty=fullName")
  }

  @Test func theLinkFormsWithTextAndWithout() throws {
    let found = try xrefs("[the *spin*](xref:Widget.Spin%28Int32%29?displayProperty=nameWithType), [](XREF:Other)")
    #expect(found.map(\.uid) == ["Widget.Spin(Int32)", "Other"])
    #expect(found.map(\.form) == [.link, .link])
    #expect(found.first?.displayProperty == .nameWithType)
    #expect(PlainText.render(found.first?.children ?? []) == "the spin")
    #expect(found.last?.children == [])
  }

  @Test func shorthandsAndWhatIsNone() throws {
    let found = try xrefs(
      """
      @Start, then @"with space" and @'single'; ends: @A.B. @C.D, ~@F? @G<b>
      not: a@b.com, path/@attr, (@paren), `@code`, @1digit, @ alone, @"unclosed, [link @inside](x.md)
      """)
    #expect(found.map(\.uid) == ["Start", "with space", "single", "A.B", "C.D", "F", "G"])
    #expect(found.map(\.written) == ["@Start", "@\"with space\"", "@'single'", "@A.B", "@C.D", "@F", "@G"])
    #expect(found.allSatisfy { $0.form == .shorthand })
    // What is not a shorthand is kept as it was written.
    let text = PlainText.render(try inlines("mail a@b.com or path/@attr; @\"unclosed"))
    #expect(text == "mail a@b.com or path/@attr; @\"unclosed")
  }

  @Test func inHeadingsAndCells() throws {
    let document = parser.parse(
      "# About @Widget\n\n| A | B |\n|---|---|\n| @Plain | *x* @Marked |\n| [t](xref:Linked) | <xref:Auto> |\n",
      path: "page.md"
    ).document
    guard case .heading(let heading)? = document.blocks.first else {
      Issue.record("expected a heading")
      return
    }
    #expect(heading.inlines.contains { if case .xref(let xref) = $0 { xref.uid == "Widget" } else { false } })
    let cells = try #require(document.tables.first).rows.flatMap(\.cells)
    let uids = cells.map { cell in
      cell.inlines.compactMap { if case .xref(let xref) = $0 { xref.uid } else { nil } }
    }
    #expect(uids == [["Plain"], ["Marked"], ["Linked"], ["Auto"]])
  }

  /// An unresolved shorthand reads as written, other xrefs as their text or uid: catalog cells and heading
  /// ids stay what they were.
  @Test func plainText() throws {
    #expect(PlainText.render(try inlines("a @Foo.Bar, <xref:Baz> and [text](xref:Q)")) == "a @Foo.Bar, Baz and text")
  }

  /// A document's JSON keeps each xref with its uid, form and text.
  @Test func theDocumentJSONKeepsTheXref() throws {
    let found = try xrefs("[t](xref:A?displayProperty=fullName#x)")
    #expect(
      found == [
        Xref(
          uid: "A", form: .link, displayProperty: .fullName, anchor: "x", children: [.text("t")],
          written: "xref:A?displayProperty=fullName#x")
      ])
  }

  /// A catalog cell of links gives an xref's address as `xref:uid` (the catalog is made page by page, before
  /// any uid resolves); its Markdown keeps the xref as written.
  @Test func aCatalogLinksCellKeepsTheUid() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": """
      sourceLocale: en-US
      locales: [en-US]
      catalogs:
        - name: Errors
          pages: [errors.md]
          key: [message]
          fields:
            message: { header: Message }
            see: { header: See, type: links }
            notes: { header: Notes, type: markdown }
      """,
      "en-US/errors.md": """
      ---
      title: Errors
      description: Errors.
      ms.date: 01/15/2024
      ---
      # Errors

      | Message | See | Notes |
      |---|---|---|
      | Boom | [the widget](xref:Contoso.Widget), @Other | See <xref:Contoso.Widget>. |

      """,
    ])
    let values = try #require(try docs.catalog().entries.first?.locales["en-US"]).values
    #expect(values[1].value == .strings(["xref:Contoso.Widget", "xref:Other"]))
    #expect(values[2].cell.markdown == "See <xref:Contoso.Widget>.")
  }
}
