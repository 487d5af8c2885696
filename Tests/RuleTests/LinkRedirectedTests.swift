import DocTestSupport
import DocValidation
import Testing

@Suite("link.redirected")
struct LinkRedirectedTests {
  /// A link to a page the redirection file moves (by `source_path`, in any case) is found at its
  /// destination, naming the new place; a link to a page that is not redirected is not.
  @Test func aLinkToARedirectedPageNamesItsNewPlace() throws {
    let docs = try MarkedDocs([
      ".openpublishing.redirection.json": """
      {"redirections": [
        {"source_path": "en-US/old.md", "redirect_url": "/docs/new", "redirect_document_id": false},
        {"source_path": "../elsewhere/old.md", "redirect_url": "/outside"},
        {"redirect_url": "/no-source"}
      ]}
      """,
      "en-US/guide.md": """
      # Guide

      Moved: [a](1️⃣old.md) and [b](2️⃣Old.md#part). Not moved: [c](guide.md).

      """,
    ])
    #expect(try docs.findings(of: LinkRedirected.self) == docs.places("1️⃣", "2️⃣"))
    #expect(
      try docs.messages(of: LinkRedirected.self).first
        == "linked page 'old.md' is redirected to '/docs/new'; link to its new place")
    #expect(try docs.findings(of: LinkMissingPage.self).isEmpty)
  }
}
