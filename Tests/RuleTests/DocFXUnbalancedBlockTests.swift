import DocParser
import DocTestSupport
import Testing

@Suite("docfx.unbalanced-block")
struct DocFXUnbalancedBlockTests {
  /// Found at a `:::` block without its end line (its content runs to the end of its container) and at an
  /// end line that closes nothing (left out).
  @Test func unclosedBlocksAndStrayEndLinesAreFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": DocFXInvalidAttributeTests.frontMatter + """
        1️⃣:::zone pivot="windows":::

        Windows only, to the end of the page.

        > 2️⃣:::moniker-end:::

        3️⃣::: moniker range="v1"

        4️⃣:::image type="complex" source="a.png" alt-text="A":::
        A description never ended.

        """
    ])
    #expect(try docs.findings(of: DocFXUnbalancedBlock.self) == docs.places("1️⃣", "2️⃣", "3️⃣", "4️⃣"))
    #expect(
      try docs.messages(of: DocFXUnbalancedBlock.self) == [
        "':::zone' has no ':::zone-end:::'; it ends with its container",
        "':::moniker-end:::' closes no open block; it is left out",
        "':::moniker' has no ':::moniker-end:::'; it ends with its container",
        "':::image' has no ':::image-end:::'; it ends with its container",
      ])
  }

  /// Near misses: blocks nested and closed, end lines in the same paragraph as their text, an image that
  /// is not complex needing no end line.
  @Test func balancedBlocksAreNotFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": DocFXInvalidAttributeTests.frontMatter + """
        :::zone pivot="windows":::
        ::: moniker range="v2"
        Text.
        ::: moniker-end
        :::zone-end:::

        :::image source="a.png" alt-text="A":::

        :::image type="complex" source="a.png" alt-text="A":::
        A description.
        :::image-end:::

        """
    ])
    #expect(try docs.findings(of: DocFXUnbalancedBlock.self) == [])
  }
}
