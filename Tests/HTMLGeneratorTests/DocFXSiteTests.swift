import DocTestSupport
import Foundation
import Testing

/// A small doc set with one page per construct this suite covers (`:::code` and `[!code-…]` snippets,
/// `:::row`/`:::column`, an unknown `:::` block, fenced code), built into a site and held to golden files:
/// no DocFX syntax shows as text, and every value is escaped.
@Suite("DocFX constructs in a built site", .serialized)
struct DocFXSiteTests {
  static let folder = Paths.folder(of: #filePath)

  static func page(_ title: String, _ body: String) -> String {
    "---\ntitle: \(title)\ndescription: A page.\nms.date: 03/04/2024\n---\n# \(title)\n\n\(body)"
  }

  static func site() throws -> [String: [UInt8]] {
    let docs = try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US]\n",
      "en-US/code.md": page(
        "Code",
        """
        :::code language="csharp" source="snippets/app.cs" id="main":::

        :::code language="<b>x</b>" source="snippets/app.cs" range="1,7-8":::

        [!code-python[](snippets/tool.py#setup)]

        [!code-xml[](snippets/app.config?name=settings)]

        """),
      "en-US/snippets/app.cs": """
      using System;
      class App {
        static void Main() {
          // <main>
          Console.WriteLine("<hi> & 'bye'");
          // </main>
        }
      }

      """,
      "en-US/snippets/tool.py": "import os\n\n# <setup>\ndef setup():\n    return os.getcwd()\n# </setup>\n",
      "en-US/snippets/app.config":
        "<configuration>\n  <!-- <settings> -->\n  <add key=\"a\" />\n  <!-- </settings> -->\n</configuration>\n",
      "en-US/columns.md": page(
        "Columns",
        """
        :::row:::
        :::column span="2":::
        **Wide** column.
        :::column-end:::
        :::column:::
        Narrow column.
        :::column-end:::
        :::row-end:::

        """),
      "en-US/unknown.md": page(
        "Unknown",
        """
        :::form action="x":::
        Shown as a *plain* block.
        :::form-end:::

        :::checklist:::

        After.

        """),
      "en-US/fenced.md": page(
        "Fenced",
        """
        ```powershell
        Get-Item "<a>"
        ```

        ```"><script>
        x
        ```

            indented

        """),
    ])
    return try SiteBuilder.files(of: docs.root)
  }

  @Test func pagesMatchTheGoldenFiles() throws {
    let files = try Self.site()
    for path in ["en-US/code.html", "en-US/columns.html", "en-US/unknown.html", "en-US/fenced.html", "copy-code.js"] {
      let bytes = try #require(files[path], "\(path) is in the site")
      Golden.assertMatches(bytes, golden: Self.folder.appendingPathComponent("Golden/docfx-site/" + path))
    }
  }

  @Test func noConstructShowsAsText() throws {
    for (path, bytes) in try Self.site() where path.hasSuffix(".html") {
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(!text.contains(":::"), "\(path)")
      #expect(!text.contains("[!code"), "\(path)")
      #expect(!text.contains("<script>") && !text.contains("<b>x"), "\(path)")
    }
  }

  @Test func snippetsAreCutFromTheirFiles() throws {
    let code = String(decoding: try #require(try Self.site()["en-US/code.html"]), as: UTF8.self)
    #expect(
      code.contains(
        "<code class=\"language-csharp\">Console.WriteLine(&quot;&lt;hi&gt; &amp; &#39;bye&#39;&quot;);\n</code>"))
    #expect(code.contains("<code class=\"language-python\">def setup():\n    return os.getcwd()\n</code>"))
    #expect(code.contains("<code class=\"language-xml\">&lt;add key=&quot;a&quot; /&gt;\n</code>"))
    #expect(code.contains(">using System;\n  }\n}\n</code>"))
    #expect(code.contains("<script src=\"../copy-code.js\" defer></script>"))
  }

  /// A page without code loads no script, and a site without code has none.
  @Test func pagesWithoutCodeLoadNoScript() throws {
    let columns = String(decoding: try #require(try Self.site()["en-US/columns.html"]), as: UTF8.self)
    #expect(!columns.contains("<script"))
    let docs = try DocSetFixture(["en-US/a.md": Self.page("A", "Text.\n")])
    #expect(try SiteBuilder.files(of: docs.root)["copy-code.js"] == nil)
  }
}
