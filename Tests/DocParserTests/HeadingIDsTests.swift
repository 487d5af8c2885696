import DocModel
import DocParser
import Testing

/// The ids DocFX gives headings (markdig's GitHub-style identifiers), which the site and the anchor checks share.
@Suite("Heading ids")
struct HeadingIDsTests {
  func ids(_ markdown: String) -> [String] {
    HeadingIDs.assign(MarkdownParser().parse(markdown, path: "en-US/page.md").document.headings)
  }

  @Test func slugsKeepLettersDigitsHyphensAndUnderscores() {
    #expect(HeadingIDs.slug("Next steps") == "next-steps")
    #expect(HeadingIDs.slug("Error 0x8024A000: WU_E_AU_NOSERVICE!") == "error-0x8024a000-wu_e_au_noservice")
    #expect(HeadingIDs.slug("C# & .NET (v4.8)") == "c--net-v48")
    #expect(HeadingIDs.slug("次の手順") == "次の手順")
    #expect(HeadingIDs.slug("Größe") == "größe")
    // Not letters or decimal digits: a superscript two, a combining acute, a letter beyond the BMP.
    #expect(HeadingIDs.slug("x² e\u{301} 𠀀") == "x-e-")
  }

  @Test func emptyHeadingsAreSectionAndTakenIdsAreNumbered() {
    #expect(ids("## `$$`\n\n## !!\n") == ["section", "section-1"])
    #expect(ids("## A\n\n## A-1\n\n## A\n") == ["a", "a-1", "a-2"])
    #expect(ids("# <a name=\"x\"></a>Title\n") == ["title"])
  }
}
