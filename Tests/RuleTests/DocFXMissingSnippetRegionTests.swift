import DocParser
import DocTestSupport
import Testing

@Suite("docfx.missing-snippet-region")
struct DocFXMissingSnippetRegionTests {
  static let frontMatter = "---\ntitle: Guide\ndescription: A guide.\nms.date: 01/15/2024\n---\n# Guide\n\n"
  static let source = """
    using System;
    // <main>
    Console.WriteLine("hi");
    // </main>
    // <open>
    Console.WriteLine("never closed");

    """

  /// Found at the snippet: a region the file lacks, one never closed, a range past the file's end, a range
  /// that is no range, in both forms.
  @Test func missingRegionsAndRangesAreFoundAtTheSnippet() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        1️⃣:::code language="csharp" source="snippets/app.cs" id="missing":::

        2️⃣:::code language="csharp" source="snippets/app.cs" id="open":::

        3️⃣:::code language="csharp" source="snippets/app.cs" range="2-40":::

        4️⃣[!code-csharp[](snippets/app.cs?range=two)]

        5️⃣[!code-csharp[](snippets/app.cs#absent)]

        """,
      "en-US/snippets/app.cs": Self.source,
    ])
    #expect(
      try docs.findings(of: DocFXMissingSnippetRegion.self) == docs.places("1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"))
    #expect(
      try docs.messages(of: DocFXMissingSnippetRegion.self) == [
        "'snippets/app.cs' has no region 'missing' (no '<missing>' or '#region missing' marker); the snippet is left out",
        "region 'open' of 'snippets/app.cs' has no end marker ('</open>' or '#endregion'); the snippet is left out",
        "range '2-40' goes beyond the 6 lines of 'snippets/app.cs'; the snippet is left out",
        "range 'two' is not lines such as '2-5,7' or '3-'; the snippet is left out",
        "'snippets/app.cs' has no region 'absent' (no '<absent>' or '#region absent' marker); the snippet is left out",
      ])
  }

  /// Near misses: regions and ranges the file has, in every form.
  @Test func regionsAndRangesTheFileHasAreNotFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        :::code language="csharp" source="snippets/app.cs" id="main":::

        :::code language="csharp" source="snippets/app.cs" range="1,3-4":::

        :::code source="snippets/app.cs" range="5-":::

        [!code-csharp[](snippets/app.cs#main)]

        [!code-csharp[](snippets/app.cs#L2-L3)]

        [!code-csharp[](snippets/app.cs?name=main)]

        [!code-csharp[](snippets/app.cs?start=1&end=2)]

        """,
      "en-US/snippets/app.cs": Self.source,
    ])
    #expect(try docs.findings(of: DocFXMissingSnippetRegion.self) == [])
    #expect(try docs.findings(of: LinkMissingFile.self) == [])
  }
}
