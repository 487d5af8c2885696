import DocParser
import DocTestSupport
import Testing

@Suite("docfx.invalid-attribute")
struct DocFXInvalidAttributeTests {
  static let frontMatter = "---\ntitle: Guide\ndescription: A guide.\nms.date: 01/15/2024\n---\n# Guide\n\n"

  /// Found at the construct's first line: a missing `alt-text`, a `type` or `border` DocFX does not have, an
  /// unknown attribute, a quote left open, a video without an address or with one that is not https.
  @Test func badAttributesAreFoundAtTheConstruct() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        1️⃣:::image source="media/a.png":::

        2️⃣:::image type="photo" source="media/a.png" alt-text="A":::

        3️⃣:::image type="icon" source="media/a.png" border="maybe":::

        - Step one.

          4️⃣:::image source="media/a.png" alt-text="A" size="big":::

        5️⃣:::zone pivot="windows:::
        Text.
        :::zone-end:::

        6️⃣> [!VIDEO]

        7️⃣> [!VIDEO http://example.com/v]

        """
    ])
    #expect(try docs.findings(of: DocFXInvalidAttribute.self) == docs.places("1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣"))
    #expect(
      try docs.messages(of: DocFXInvalidAttribute.self) == [
        "':::image' needs the attribute 'alt-text'",
        "'type=\"photo\"' of ':::image' is not one of 'content', 'icon', 'complex'",
        "'border=\"maybe\"' of ':::image' is not one of 'true', 'false'",
        "':::image' has no attribute 'size'; it is ignored",
        "the attributes of ':::zone' cannot be read: the quote opened for 'pivot' is not closed",
        "'[!VIDEO]' needs an address, as in '[!VIDEO https://…]'",
        "'[!VIDEO http://example.com/v]' is not an https address: it is shown as a link, not embedded",
      ])
  }

  /// Near misses: every attribute DocFX documents, spaces around `=` as real pages have them, an icon
  /// without alt text, a zone by `target`, an https video.
  @Test func wellFormedConstructsAreNotFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        :::image type="content" source="media/a.png" alt-text="A" lightbox= "media/b.png" border="false" link="https://example.com" loc-scope="other":::

        :::image type="icon" source="media/icon.svg":::

        :::zone target="docs"
        Text.
        :::zone-end:::

        ::: moniker range=">= v2"
        Text.
        ::: moniker-end

        > [!VIDEO https://learn.microsoft.com/_video/embed]

        """
    ])
    #expect(try docs.findings(of: DocFXInvalidAttribute.self) == [])
  }
}
