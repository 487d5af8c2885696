import DocTestSupport
import DocValidation
import Testing

@Suite("link.missing-anchor")
struct LinkMissingAnchorTests {
  /// Found at the link's destination; heading slugs (in any case), `<a name>` anchors and the other page's
  /// headings are not.
  @Test func aFragmentNamingNoHeadingIsFoundAtTheDestination() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      ## Known heading

      <a name="custom"></a>

      See [a](#known-heading), [b](#Known-Heading), [c](#custom), [d](other.md#more) and [e](other.md).

      Not there: [f](1️⃣#no-such-heading) and [g](2️⃣other.md#nothing).

      """,
      "en-US/other.md": """
      # Other

      ## More

      """,
    ])
    let findings = try docs.findings(of: LinkMissingAnchor.self)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    let messages = try docs.messages(of: LinkMissingAnchor.self)
    #expect(
      messages == [
        "'#no-such-heading' names no heading or anchor of this page",
        "'#nothing' names no heading or anchor of 'other.md'",
      ])
  }
}
