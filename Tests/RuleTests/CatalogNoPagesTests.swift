import DocParser
import DocTestSupport
import Testing

@Suite("catalog.no-pages")
struct CatalogNoPagesTests {
  /// The finding has no line: it names the configuration. A catalog whose pages only a translation has
  /// matches none of the source locale.
  @Test func aCatalogMatchingNoSourcePageIsFound() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": DocSetFixture.configuration + """

          - name: Codes
            pages: [codes.md]
            columns:
              message: { en-US: Code, ja-JP: コード }

        """,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "Box", "Box failed.", "Retry."]]),
      "ja-JP/codes.md": "# コード\n",
    ])
    let findings = try docs.findings(of: CatalogNoPages.self)
    #expect(findings == ["doccatalog.yml"])
    let messages = try docs.messages(of: CatalogNoPages.self)
    #expect(messages == ["catalog 'Codes' matches no page of the source locale 'en-US'"])
  }
}
