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

  /// A folder's link is its `index.md`'s; an included file's headings, tabs and a translation's fallback to
  /// the source page count as anchors, and a fragment none of them offers is still found.
  @Test func foldersIncludesTabsAndFallbacksOfferTheirAnchorsOnly() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      # Guide

      # [One](#tab/one)

      Tab text.

      ---

      [!INCLUDE [part](includes/part.md)]

      Found: [a](#tab/one), [b](#from-the-include), [c](samples/#list), [d](samples#list).

      Not found: [e](1️⃣samples/#nothing), [f](2️⃣#tab/two), [g](3️⃣#from-nowhere).

      """,
      "en-US/includes/part.md": "## From the include\n",
      "en-US/samples/index.md": "# Samples\n\n## List\n",
      "ja-JP/guide.md": "# ガイド\n\n[h](samples/index.md#list) [i](4️⃣samples/index.md#none)\n",
    ])
    #expect(try docs.findings(of: LinkMissingAnchor.self) == docs.places("1️⃣", "2️⃣", "3️⃣", "4️⃣"))
  }
}
