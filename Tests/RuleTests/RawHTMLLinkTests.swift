import DocTestSupport
import DocValidation
import Testing

/// `validate` checks raw HTML's `<a href>` as it checks Markdown links, in HTML blocks and inline.
@Suite("link.missing-page in raw HTML")
struct RawHTMLLinkTests {
  @Test func rawLinksToNoPageAreFound() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      1️⃣<div><a href="nowhere.md">block</a> <a href="other.md">fine</a></div>

      2️⃣Inline <a href="gone.md#x">link</a> and <a name="anchor"></a> <a href="https://example.com/a.md">web</a>.

      """,
      "en-US/other.md": "# Other\n",
    ])
    #expect(try docs.findings(of: LinkMissingPage.self) == docs.places("1️⃣", "2️⃣"))
  }
}
