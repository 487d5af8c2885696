import DocModel
import DocParser
import HTMLGenerator
import Testing

/// The DocFX constructs read through `DocFXConstructRegistry`, as the site shows them: never as their
/// syntax, every value escaped, every address held to the URL policy.
@Suite("DocFX constructs in pages")
struct DocFXConstructTests {
  func html(_ markdown: String) throws -> String {
    let document = MarkdownParser().parse(markdown, path: "en-US/page.md").document
    let templates = try HTMLTemplates()
    var renderer = HTMLRenderer(
      context: .init(
        strings: templates.strings(for: "en-US", sourceLocale: "en-US"), pagePath: "en-US/page.md",
        localPath: "page.md", includes: [String: Document]()))
    return renderer.render(document).html
  }

  @Test func imagesAreFigures() throws {
    #expect(
      try html(
        """
        :::image type="content" source="media/a b.png" alt-text="The 'Save' <button> & more" lightbox= "media/big.png":::

        :::image type="icon" source="media/icon.svg" border="true":::

        :::image type="complex" source="media/chart.png" alt-text="Chart":::
        The long *description*.
        :::image-end:::

        """) == """
          <figure class="docfx-image docfx-image-border"><a href="media/big.png"><img src="media/a b.png" alt="The &#39;Save&#39; &lt;button&gt; &amp; more"></a></figure>
          <figure class="docfx-image docfx-image-border"><img src="media/icon.svg" alt="" role="presentation"></figure>
          <figure class="docfx-image docfx-image-border"><img src="media/chart.png" alt="Chart">
          <details class="docfx-image-description"><summary>Description</summary>
          <p>The long <em>description</em>.</p>
          </details></figure>

          """)
  }

  /// As the corpus has it: an image in a list item, after the item's text with no blank line between.
  @Test func anImageInAListItemAfterText() throws {
    let output = try html("1. Open the page.\n   :::image source=\"media/x.png\" alt-text=\"X\":::\n2. Next.\n")
    #expect(
      output.contains(
        "<li>Open the page.\n<figure class=\"docfx-image docfx-image-border\"><img src=\"media/x.png\" alt=\"X\"></figure>"
      ))
    #expect(!output.contains(":::"))
  }

  @Test func unsafeAddressesAreNeverWritten() throws {
    let output = try html(
      """
      :::image source="javascript:alert(1)" alt-text="Shown instead" lightbox="data:text/html,x":::

      :::image source="ok.png" alt-text="A" lightbox="vbscript:x":::

      > [!VIDEO javascript:alert(1)]

      > [!VIDEO http://example.com/v]

      """)
    #expect(!output.contains("javascript") && !output.contains("data:") && !output.contains("vbscript"))
    #expect(output.contains("<p>Shown instead</p>"))
    #expect(output.contains("<figure class=\"docfx-image docfx-image-border\"><img src=\"ok.png\" alt=\"A\"></figure>"))
    #expect(output.contains("<p class=\"docfx-video\"><a href=\"http://example.com/v\">Video</a></p>"))
    #expect(!output.contains("<iframe"))
  }

  @Test func httpsVideosAreSandboxedFrames() throws {
    #expect(
      try html("> [!VIDEO https://www.youtube-nocookie.com/embed/a?b=1&c=2]\n") == """
        <div class="docfx-video"><iframe src="https://www.youtube-nocookie.com/embed/a?b=1&amp;c=2" title="Video" sandbox="allow-scripts allow-presentation" allowfullscreen="" referrerpolicy="no-referrer"></iframe></div>

        """)
  }

  @Test func zonesAndMonikersAreDetailsNamingTheirVariant() throws {
    #expect(
      try html(
        """
        :::zone pivot="windows, linux":::
        Both.
        ::: moniker range=">= v2 <script>"
        ## Newer
        ::: moniker-end
        :::zone-end:::

        After.

        """) == """
          <details class="docfx-zone"><summary>Pivot: <span class="docfx-variant">windows, linux</span></summary>
          <p>Both.</p>
          <details class="docfx-moniker"><summary>Versions: <span class="docfx-variant">&gt;= v2 &lt;script&gt;</span></summary>
          <h2 id="newer">Newer</h2>
          </details>
          </details>
          <p>After.</p>

          """)
  }

  /// Tabs as radio inputs and labels, each panel's id the tab's DocFX anchor; a dependent tab keeps its
  /// whole path; the group ends at `---`, and headings inside a tab keep their ids.
  @Test func tabGroupsAreTabStrips() throws {
    #expect(
      try html(
        """
        # [Azure *CLI*](#tab/azure-cli)

        ### Install

        Run `az`.

        # [PowerShell](#tab/powershell/windows)

        Run it.

        ---

        After.

        # [Again](#tab/azure-cli)

        Same id.

        """) == """
          <div class="docfx-tabs">
          <input type="radio" class="docfx-tab-input" name="tabs" id="tab-azure-cli" checked=""><label class="docfx-tab-label" for="tab-azure-cli">Azure <em>CLI</em></label>
          <div class="docfx-tab-panel" id="tab/azure-cli">
          <h3 id="install">Install</h3>
          <p>Run <code>az</code>.</p>
          </div>
          <input type="radio" class="docfx-tab-input" name="tabs" id="tab-powershell/windows"><label class="docfx-tab-label" for="tab-powershell/windows">PowerShell</label>
          <div class="docfx-tab-panel" id="tab/powershell/windows">
          <p>Run it.</p>
          </div>
          </div>
          <p>After.</p>
          <div class="docfx-tabs">
          <input type="radio" class="docfx-tab-input" name="tabs-1" id="tab-azure-cli-1" checked=""><label class="docfx-tab-label" for="tab-azure-cli-1">Again</label>
          <div class="docfx-tab-panel" id="tab/azure-cli-1">
          <p>Same id.</p>
          </div>
          </div>

          """)
  }

  /// The parsed page holds each construct as a `docfx` block with its name and attributes.
  @Test func constructsAreTypedBlocks() throws {
    let page = MarkdownParser().parse(":::zone pivot=\"a\":::\nText.\n:::zone-end:::\n", path: "page.md")
    guard case .docfx(let block) = try #require(page.document.blocks.first) else {
      Issue.record("expected a DocFX construct")
      return
    }
    #expect(block.name == "zone")
    #expect(block.construct.attributes["pivot"] == "a")
    #expect(block.construct.blocks.count == 1)
    #expect(page.document.blocks.count == 1)
    #expect(page.diagnostics.isEmpty)
  }
}
