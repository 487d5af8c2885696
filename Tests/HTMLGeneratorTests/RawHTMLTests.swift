import DocModel
import DocParser
import HTMLGenerator
import Testing

/// Raw HTML as real pages write it: the allowlist's elements pass with their safe attributes, nested as
/// HTML5 would nest them; the rest is text.
@Suite("Raw HTML")
struct RawHTMLTests {
  func html(_ markdown: String) throws -> String {
    let document = MarkdownParser().parse(markdown, path: "en-US/page.md").document
    let templates = try HTMLTemplates()
    var renderer = HTMLRenderer(
      context: .init(
        strings: templates.strings(for: "en-US", sourceLocale: "en-US"), pagePath: "en-US/page.md",
        localPath: "page.md", includes: [String: Document]()))
    return renderer.render(document).html
  }

  @Test func aLearnTableWithColumnsPassesWithItsSafeAttributes() throws {
    let page = """
      <table style="width:100%" onclick="alert(1)">
      <colgroup><col width="30%"><col span="2"></colgroup>
      <thead><tr><th align="left" scope="col">Error</th><th colspan="2">Fix</th></tr></thead>
      <tr><td rowspan=2 class="x y" id="row-1" data-x="1">0x1</td><td>Restart</td></tr>
      </table>
      """
    #expect(
      try html(page) == """
        <table>
        <colgroup><col><col span="2"></colgroup>
        <thead><tr><th class="align-left" scope="col">Error</th><th colspan="2">Fix</th></tr></thead>
        <tbody><tr><td id="row-1" class="x y" rowspan="2">0x1</td><td>Restart</td></tr>
        </tbody></table>

        """)
  }

  @Test func markdownBetweenHTMLBlocksStaysInsideTheCell() throws {
    let page = "<table>\n<tr>\n<td>\n\n**Bold** text\n\n</td>\n</tr>\n</table>\n"
    #expect(
      try html(page)
        == "<table>\n<tbody><tr>\n<td>\n<p><strong>Bold</strong> text</p>\n</td>\n</tr>\n</tbody></table>\n")
  }

  @Test func aWholeDocumentWrapperIsUnwrappedAndItsHeadLeftOut() throws {
    let page = """
      <!DOCTYPE html>
      <html><head><title>T</title><style>p{}</style><script>alert(1)</script></head>
      <body><div class="note"><p>Hello</p></div></body></html>
      """
    #expect(try html(page) == "<div class=\"note\"><p>Hello</p></div>\n")
  }

  @Test func nestingHTML5WouldChangeIsMadeValid() throws {
    // A paragraph ends at a block; a row outside a table is dropped; a cell outside a row gets one; an item
    // outside a list gets one; unclosed elements are closed and stray end tags dropped.
    #expect(try html("<p>one<p>two<div>three</div></span>") == "<p>one</p><p>two</p><div>three</div>\n")
    #expect(try html("<div><tr><td>cell</td></tr></div>") == "<div>cell</div>\n")
    #expect(
      try html("<table><td>a<td>b</table>") == "<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>\n")
    #expect(try html("<div><li>a<li>b</div>") == "<div><ul><li>a</li><li>b</li></ul></div>\n")
    #expect(try html("<div><b>x<p>y</p>") == "<div><b>x</b><p>y</p>\n</div>\n")
    #expect(
      try html("<div><a href=\"a.md\">x<em><a href=\"b.md\">y</a></em></div>")
        == "<div><a href=\"a.html\">x<em></em></a><a href=\"b.html\">y</a></div>\n")
    // A Markdown link inside a raw link, or inside an emphasis inside one, is its text.
    #expect(
      try html("<a href=\"a.md\">x [y](b.md) *[z](c.md)*</a>") == "<p><a href=\"a.html\">x y <em>z</em></a></p>\n")
  }

  @Test func hostileMarkupIsTextAndHostileAttributesAreDropped() throws {
    let output = try html(
      "<div onmouseover=\"alert(1)\" style=\"x\"><img src=\"&#106;avascript:alert(1)\" alt=\"pic\">"
        + "<img src=\"media/a.png\" onerror=\"alert(1)\" width=\"40\" height=\"9px\"><svg onload=alert(1)>"
        + "<a href=\"java&#x09;script:alert(1)\" title=\"t\">x</a></div>")
    #expect(
      output
        == "<div>pic<img src=\"media/a.png\" alt=\"\" width=\"40\">&lt;svg onload=alert(1)&gt;<a title=\"t\">x</a></div>\n"
    )
  }

  @Test func inlineImagesAndLinkTitlesPass() throws {
    #expect(
      try html("See <img src=\"a.png\" alt=\"A\" title=\"T\" width=\"20\" /> and <a href=\"x.md\" title=\"X\">x</a>.")
        == "<p>See <img src=\"a.png\" alt=\"A\" title=\"T\" width=\"20\"> and <a href=\"x.html\" title=\"X\">x</a>.</p>\n"
    )
  }

  /// Pages written before raw HTML blocks passed keep their output: an anchor alone on a line, text-level
  /// HTML, unknown tags as text.
  @Test func textLevelBlocksStayParagraphs() throws {
    #expect(try html("<a name=\"x\"></a>\n\n# Title\n") == "<p><a id=\"x\"></a></p>\n<h1 id=\"title\">Title</h1>\n")
    #expect(try html("<PolicyName>\n") == "<p>&lt;PolicyName&gt;</p>\n")
    #expect(try html("<span>a</span>\n<span>b</span> <!-- c -->\n") == "<p><span>a</span>\n<span>b</span> </p>\n")
  }
}
