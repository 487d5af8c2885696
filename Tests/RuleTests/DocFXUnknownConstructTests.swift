import DocParser
import DocTestSupport
import Testing

@Suite("docfx.unknown-construct")
struct DocFXUnknownConstructTests {
  static let frontMatter = "---\ntitle: Guide\ndescription: A guide.\nms.date: 01/15/2024\n---\n# Guide\n\n"

  /// Found at the opening line of each `:::name` block no construct reads, with or without an end line,
  /// nested in a known block or in a list.
  @Test func unknownBlocksAreFoundAtTheirOpeningLine() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        1️⃣:::form id="a":::
        Inside.
        :::form-end:::

        2️⃣::: checklist

        :::zone pivot="windows"
        3️⃣:::callout:::
        Text.
        :::callout-end:::
        :::zone-end:::

        - Step.

          4️⃣:::no-such-thing:::

        """
    ])
    #expect(try docs.findings(of: DocFXUnknownConstruct.self) == docs.places("1️⃣", "2️⃣", "3️⃣", "4️⃣"))
    #expect(
      try docs.messages(of: DocFXUnknownConstruct.self).first
        == "unknown DocFX block ':::form'; its content is shown as a plain block")
    #expect(try docs.findings(of: DocFXUnbalancedBlock.self) == [])
  }

  /// Near misses: the constructs DocCatalog reads, an end line alone (another rule's), `:::` with no name.
  @Test func knownBlocksAreNotFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        :::row:::
        :::column span="2":::
        Left.
        :::column-end:::
        :::row-end:::

        :::zone pivot="windows":::
        Text.
        :::zone-end:::

        :::

        :::stray-end:::

        """
    ])
    #expect(try docs.findings(of: DocFXUnknownConstruct.self) == [])
  }
}
