import DocModel
import DocParser
import Testing

/// Cell text: markup removed, `<br>` variants as line breaks, other HTML dropped, lines trimmed.
@Suite("Plain text of cells")
struct PlainTextTests {
  func cellText(_ markdown: String) throws -> String {
    let page = MarkdownParser().parse("|h|\n|-|\n|\(markdown)|\n", path: "p.md")
    return try #require(page.document.tables.first?.rows.first?.cells.first?.text)
  }

  @Test(arguments: [
    ("**bold** and *em*", "bold and em"),
    ("`code | with pipe`".replacingOccurrences(of: "|", with: "\\|"), "code | with pipe"),
    ("[link text](page.md#frag)", "link text"),
    ("![alt text](image.png)", "alt text"),
    ("a<br>b<br/>c<br />d</br>e<BR>f", "a\nb\nc\nd\ne\nf"),
    ("  line  <br />  <br />  next  ", "line\nnext"),
    ("<span data-ttu-id=\"1\">x</span><b>y</b>", "xy"),
    ("&amp; &lt;tag&gt; &copy; &#x41;", "& <tag> © A"),
    ("\\*not em\\* \\_x\\_", "*not em* _x_"),
    ("<!-- comment -->kept", "kept"),
    ("trailing<br />", "trailing"),
    ("a&nbsp;<br>&nbsp;b", "a\nb"),
  ])
  func cellTextFollowsTheRules(_ markdown: String, _ expected: String) throws {
    #expect(try cellText(markdown) == expected)
  }

  @Test func markdownKeepsTheSourceWithPipesUnescaped() throws {
    let page = MarkdownParser().parse("|h|\n|-|\n|  `a \\| b` **c**  |\n", path: "p.md")
    let cell = try #require(page.document.tables.first?.rows.first?.cells.first)
    #expect(cell.markdown == "`a | b` **c**")
    #expect(cell.inlines == [.code("a | b"), .text(" "), .strong([.text("c")])])
  }

  @Test(arguments: ["<br>", "<br/>", "<br />", "</br>", "<BR >", "<br\t/>"])
  func lineBreakTags(_ tag: String) {
    #expect(PlainText.isLineBreakTag(tag))
  }

  @Test(arguments: ["<b>", "<bra>", "<br class=\"x\">", "br", "<p>"])
  func otherTagsAreNotLineBreaks(_ tag: String) {
    #expect(!PlainText.isLineBreakTag(tag))
  }
}
