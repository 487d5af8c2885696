import DocModel
import DocParser
import HTMLGenerator
import Testing

@Suite("HTML rendering")
struct HTMLRendererTests {
  func html(_ markdown: String, includes: [String: Document] = [:], locale: String = "en-US") throws -> String {
    let document = MarkdownParser().parse(markdown, path: "en-US/page.md").document
    let templates = try HTMLTemplates()
    var renderer = HTMLRenderer(
      context: .init(
        strings: templates.strings(for: locale, sourceLocale: "en-US"), pagePath: "en-US/page.md", localPath: "page.md",
        includes: includes))
    return renderer.render(document).html
  }

  /// As DocFX: the id from the text (`section` when nothing of it is kept, `-1` when taken), and the
  /// heading's `<a name>` kept as an anchor of its own.
  @Test func headingsTakeDocFXIdsAndKeepTheirAnchors() throws {
    let output = try html(
      "# <a name=\"intro\"></a>Hello *world*\n\n## Next steps\n\n## Next steps\n\n### `$$`\n\n## Next steps 1\n")
    #expect(
      output == """
        <h1 id="hello-world"><a id="intro"></a>Hello <em>world</em></h1>
        <h2 id="next-steps">Next steps</h2>
        <h2 id="next-steps-1">Next steps</h2>
        <h3 id="section"><code>$$</code></h3>
        <h2 id="next-steps-1-1">Next steps 1</h2>

        """)
  }

  @Test func markdownLinksBecomeHTMLLinksKeepingTheFragment() throws {
    let output = try html("[a](other.md#part) [b](../x/y.md) [c](https://example.com/a.md) [d](#local)")
    #expect(output.contains("<a href=\"other.html#part\">a</a>"))
    #expect(output.contains("<a href=\"../x/y.html\">b</a>"))
    #expect(output.contains("<a href=\"https://example.com/a.md\">c</a>"))
    #expect(output.contains("<a href=\"#local\">d</a>"))
  }

  @Test func tablesHaveAHeadAlignmentAndLineBreaks() throws {
    let output = try html("> [!div class=\"mx-tableFixed\"]\n> |A|B|\n> |:-|-:|\n> |one<br />two|`x \\| y`|\n")
    #expect(
      output == """
        <div class="mx-tableFixed">
        <table>
        <thead>
        <tr>
        <th scope="col" class="align-left">A</th>
        <th scope="col" class="align-right">B</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td class="align-left">one<br>two</td>
        <td class="align-right"><code>x | y</code></td>
        </tr>
        </tbody>
        </table>
        </div>

        """)
  }

  @Test func alertsAreCalloutsWithALocalizedLabel() throws {
    #expect(
      try html("> [!WARNING]\n> Careful.\n").hasPrefix(
        "<div class=\"alert alert-warning\" role=\"note\">\n<p class=\"alert-title\">Warning</p>\n<p>Careful.</p>"))
    #expect(try html("> [!WARNING]\n> Careful.\n", locale: "ja-JP").contains("<p class=\"alert-title\">警告</p>"))
  }

  @Test func includesRenderInPlaceWithoutLooping() throws {
    let support = MarkdownParser().parse(
      "Open a *ticket*.\n\n[!INCLUDE [me](support.md)]\n", path: "includes/support.md"
    ).document
    let output = try html(
      "Before.\n\n[!INCLUDE [x](includes/support.md)]\n\n[!INCLUDE [y](includes/missing.md)]\n",
      includes: ["includes/support.md": support])
    #expect(output == "<p>Before.</p>\n<p>Open a <em>ticket</em>.</p>\n")
  }

  @Test func allowedInlineHTMLPassesAndTheRestIsText() throws {
    let output = try html("a<br/>b <b>bold</b> <span data-ttu-id=\"1\">span</span> <font color=red>old</font> <p>para")
    #expect(output == "<p>a<br>b <b>bold</b> <span>span</span> &lt;font color=red&gt;old&lt;/font&gt; <br>para</p>\n")
  }

  @Test func unclosedTagsAreClosedAndStrayClosersDropped() throws {
    #expect(try html("x <b>open *em* </i> end") == "<p>x <b>open <em>em</em>  end</b></p>\n")
  }

  @Test func codeBlocksAreEscaped() throws {
    #expect(
      try html("```html\n<script>alert(1)</script>\n```\n")
        == "<div class=\"code-block\" data-copy=\"Copy\" data-copied=\"Copied\"><p class=\"code-language\">html</p>"
        + "<pre><code class=\"language-html\">&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre></div>\n")
    // The language labels the block as written, escaped.
    let labelled = try html("```\"><img_src=x>\ncode\n```\n")
    #expect(labelled.contains("<p class=\"code-language\">&quot;&gt;&lt;img_src=x&gt;</p><pre><code class=\"language-"))
    #expect(!labelled.contains("<img"))
  }

  @Test(arguments: [
    ("javascript:alert(1)", false), ("JaVaScRiPt:alert(1)", false), ("java\tscript:alert(1)", false),
    (" javascript:alert(1)", false), ("data:text/html,<b>", false), ("vbscript:x", false),
    ("file:///etc/passwd", false),
    ("https://example.com", true), ("mailto:a@b.c", true), ("page.md#x", true), ("../a/b?c=d:e", true), ("#top", true),
  ])
  func urlPolicy(_ url: String, _ allowed: Bool) {
    #expect((URLPolicy.safeURL(url) != nil) == allowed)
  }
}
