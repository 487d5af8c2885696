import DocModel
import DocTestSupport
import Foundation
import HTMLGenerator
import Testing

/// Docs are untrusted input: whatever they hold, no script reaches the generated pages.
@Suite("Cross-site scripting")
struct XSSTests {
  static let payloads: [String] = [
    "<script>alert(1)</script>",
    "Text <script>alert(1)</script> inline",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<a href=\"javascript:alert(1)\">raw link</a>",
    "<a href=\"&#106;avascript:alert(1)\">encoded</a>",
    "<a href=\"java&#x09;script:alert(1)\">tab</a>",
    "<a name=\"x\" onclick=\"alert(1)\" onmouseover='alert(2)'>anchor</a>",
    "<b onclick=alert(1)>bold</b>",
    "[md link](javascript:alert(1))",
    "[md link](JaVaScRiPt:alert(1))",
    "[md link](java&#x09;script:alert(1))",
    "[md link](<javascript:alert(1)>)",
    "[md link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[md link](vbscript:msgbox)",
    "![image](javascript:alert(1))",
    "[title](/ok \"\\\"><script>alert(1)</script>\")",
    "<style>body{display:none}</style>",
    "<object data=\"x\"></object><embed src=x>",
    "<a href=\"x\" <script>broken",
    "<scr<script>ipt>alert(1)</script>",
    "<div onmouseover=\"alert(1)\">block</div>",
    "<form action=\"javascript:alert(1)\"><input></form>",
    "`<script>alert(1)</script>`",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
  ]

  static func page() -> String {
    var markdown = "---\ntitle: \"</title><script>alert(1)</script>\"\ndescription: '\"><script>alert(1)</script>'\n"
    markdown += "author: <img src=x onerror=alert(1)>\nms.date: 01/01/2024\n---\n"
    markdown += "# <a name=\"x\\\" onmouseover=alert(1) y=\\\"\"></a>Attack\n\n"
    for payload in payloads { markdown += payload + "\n\n" }
    markdown += "|A|B|\n|-|-|\n"
    for payload in payloads { markdown += "|\(payload.replacingOccurrences(of: "|", with: "\\|"))|x|\n" }
    markdown += "\n> [!NOTE]\n> <script>alert(1)</script>\n\n> [!div class=\"x\\\" onclick=\\\"alert(1)\"]\n> div\n"
    markdown += "\n<script>\nalert(1)\n</script>\n\n<!-- <script>alert(1)</script> -->\n"
    return markdown
  }

  @Test func noScriptSurvivesInAnyGeneratedPage() throws {
    let docs = try DocSetFixture([
      "en-US/attack.md": Self.page(),
      "ja-JP/attack.md": Self.page(),
    ])
    let site = try SiteBuilder.write(try SiteBuilder.files(of: docs.root))
    defer { try? FileManager.default.removeItem(at: site) }
    let pages = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }
      .map { site.appendingPathComponent($0).path }
    #expect(pages.count == 5)

    let python = try #require(Command.which("python3"))
    let audit = try Command.run(
      python, [Paths.repositoryRoot.appendingPathComponent("Scripts/html-audit.py").path] + pages)
    #expect(audit.status == 0, "\(audit.standardError)")
    let elements = try #require(try JSONSerialization.jsonObject(with: Data(audit.standardOutput)) as? [[String: Any]])
    #expect(elements.count > 100)

    let allowedTags: Set<String> = [
      "html", "head", "meta", "title", "link", "body", "header", "nav", "ul", "ol", "li", "main", "article", "footer",
      "p", "a", "span", "time", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "b", "i", "u", "s", "sub", "sup",
      "code", "kbd", "pre", "br", "hr", "blockquote", "div", "table", "thead", "tbody", "tr", "th", "td", "img",
    ]
    for element in elements {
      let tag = element["tag"] as! String
      let attributes = element["attributes"] as! [String: String]
      #expect(allowedTags.contains(tag), "unexpected <\(tag)> in \(element["file"]!)")
      for (name, value) in attributes {
        #expect(!name.hasPrefix("on"), "event handler \(name)=\(value) on <\(tag)>")
        if ["href", "src", "action", "formaction", "content"].contains(name) {
          let squeezed = value.lowercased().filter { !$0.isWhitespace && !$0.isNewline }
          #expect(
            !squeezed.contains("javascript:") && !squeezed.contains("vbscript:") && !squeezed.hasPrefix("data:"),
            "\(name)=\(value)")
        }
      }
      if tag == "meta" { #expect(attributes["http-equiv"] == nil) }
    }
    // The payloads are still shown, as text.
    let attack = try String(contentsOfFile: site.appendingPathComponent("en-US/attack.html").path, encoding: .utf8)
    #expect(attack.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(attack.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
  }

  /// Links the site makes from names (a page's file name, a locale) are percent-encoded: a page named
  /// `javascript:…` (or with a tab inside the scheme) and a locale named so never make a scheme-bearing href.
  @Test func namesNeverBecomeSchemes() throws {
    let docs = try DocSetFixture([
      "en-US/javascript:alert(1);x={}.md": "# J\n",
      "en-US/java\tscript:alert(2).md": "# T\n",
      "en-US/guide.md": "# Guide\n",
    ])
    var files = try SiteBuilder.files(of: docs.root)
    // A locale named like a script, as a caller could pass it (the reader takes only language tags).
    let locale = "javascript:alert(1);x=1"
    let generator = SiteGenerator(
      templates: try HTMLTemplates(directory: nil), sourceLocale: "en-US", locales: ["en-US", locale],
      pages: [
        .init(locale: "en-US", localPath: "a.md", path: "en-US/a.md", document: Document(path: "a.md", blocks: [])),
        .init(locale: locale, localPath: "a.md", path: locale + "/a.md", document: Document(path: "a.md", blocks: [])),
      ], includes: [String: Document]())
    for (path, bytes) in generator.generate().files { files["named/" + path] = bytes }
    let site = try SiteBuilder.write(files)
    defer { try? FileManager.default.removeItem(at: site) }
    let pages = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }
      .map { site.appendingPathComponent($0).path }
    let python = try #require(Command.which("python3"))
    let audit = try Command.run(
      python, [Paths.repositoryRoot.appendingPathComponent("Scripts/html-audit.py").path] + pages)
    #expect(audit.status == 0, "\(audit.standardError)")
    let elements = try #require(try JSONSerialization.jsonObject(with: Data(audit.standardOutput)) as? [[String: Any]])
    var hrefs: [String] = []
    for element in elements {
      for (name, value) in element["attributes"] as! [String: String] where name == "href" || name == "src" {
        hrefs.append(value)
        // As a browser reads it: controls and spaces dropped, then a scheme is letters up to a colon.
        let squeezed = value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init)
        let beforeColon = squeezed.prefix { $0 != ":" }
        let hasScheme = beforeColon.count < squeezed.count && !beforeColon.contains { "/?#".contains($0) }
        #expect(!hasScheme, "scheme-bearing \(name)=\(value) in \(element["file"]!)")
      }
    }
    #expect(hrefs.contains("javascript%3Aalert%281%29%3Bx%3D%7B%7D.html"))
    #expect(hrefs.contains("java%09script%3Aalert%282%29.html"))
    #expect(hrefs.contains("javascript%3Aalert%281%29%3Bx%3D1/index.html"), "the root index's link to the locale")
  }
}
