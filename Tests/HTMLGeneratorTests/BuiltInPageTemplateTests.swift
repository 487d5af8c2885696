import DocTestSupport
import Mustache
import Testing

@testable import HTMLGenerator
@testable import TemplateSupport

/// The built-in page template is written as code for speed; this holds that code to what swift-mustache
/// renders from the template itself, on generated pages.
@Suite("Built-in page template, against swift-mustache")
struct BuiltInPageTemplateTests {
  static let texts = [
    "", "Errors", "エラー &amp; 対処", "&lt;script&gt;", "a &quot;quoted&quot; text", "{{not a tag}}", "line\nbreak",
    "ar-SA", "../../ja-JP/a.html", "x-default", "2026-12-05", "5 December 2026",
  ]

  static func text(_ random: inout SeededRandom) -> String {
    texts.randomElement(using: &random)!
  }

  static func optionalText(_ random: inout SeededRandom) -> String? {
    random.next() % 3 == 0 ? nil : text(&random)
  }

  static func randomValues(_ random: inout SeededRandom) -> PageValues {
    func list<T>(_ make: (inout SeededRandom) -> T) -> [T] {
      (0..<Int(random.next() % 4)).map { _ in make(&random) }
    }
    let keys = ["pages", "languages", "inThisArticle", "generated", "allLanguages", "notTranslated", "nextSteps"]
    var strings: [String: TemplateText] = [:]
    for key in keys where random.next() % 5 != 0 { strings[key] = TemplateText(text(&random)) }
    return PageValues(
      lang: text(&random), dir: random.next() % 2 == 0 ? "ltr" : "rtl", title: text(&random),
      description: optionalText(&random), author: optionalText(&random),
      alternates: list { .init(hreflang: text(&$0), href: text(&$0)) },
      stylesheet: text(&random), home: text(&random), strings: strings,
      languages: list { .init(code: text(&$0), name: text(&$0), href: text(&$0), isCurrent: $0.next() % 2 == 0) },
      notices: list { text(&$0) }, contentLang: optionalText(&random), dateText: optionalText(&random),
      dateISO: optionalText(&random), navigation: optionalText(&random), breadcrumbs: optionalText(&random),
      toc: list { .init(id: text(&$0), text: text(&$0)) })
  }

  @Test(arguments: [91, 92, 93] as [UInt64])
  func writesWhatTheTemplateRenders(seed: UInt64) throws {
    let templates = try HTMLTemplates()
    var random = SeededRandom(seed: seed)
    let headings = ["", "<h1 id=\"errors\">Errors</h1>\n"]
    let bodies = ["", "<p>Text &amp; <code>code</code></p>\n", "<table>\n<tr><td>a</td></tr>\n</table>\n"]
    for _ in 0..<1_000 {
      let values = Self.randomValues(&random)
      let heading = headings.randomElement(using: &random)!
      let body = bodies.randomElement(using: &random)!
      let expected = templates.render(
        templates.page, values.templateContext(heading: heading.isEmpty ? nil : heading, body: body))
      let written = BuiltInPageTemplate.render(values, heading: Array(heading.utf8)[...], body: Array(body.utf8)[...])
      #expect(String(decoding: written, as: UTF8.self) == expected, "\(values)")
    }
  }

  /// A templates folder's own partial is used, and turns the page written as code off; a folder without
  /// partials (made before there were any) gets the built-in ones.
  @Test func aFoldersOwnPartialsServeAndTheBuiltInOnesFillIn() throws {
    var files = [
      "html/page.html.mustache": DefaultHTMLTemplates.page, "html/index.html.mustache": DefaultHTMLTemplates.index,
      "html/root.html.mustache": DefaultHTMLTemplates.root, "html/style.css": "",
    ]
    let context: [String: Any] = ["lang": "en", "dir": "ltr", "title": "T", "languages": [[String: Any]]()]
    let plain = try DocSetFixture(files)
    let builtIn = try HTMLTemplates(directory: plain.root.path)
    #expect(builtIn.pageIsBuiltIn)
    #expect(builtIn.render(builtIn.root, context).contains("<title>T</title>"))
    files["html/head.html.mustache"] = DefaultHTMLTemplates.head.replacingOccurrences(
      of: "<title>", with: "<title>Docs: ")
    let withHead = try DocSetFixture(files)
    let own = try HTMLTemplates(directory: withHead.root.path)
    #expect(!own.pageIsBuiltIn)
    #expect(own.render(own.root, context).contains("<title>Docs: T</title>"))
  }

  @Test func onlyTheBuiltInTemplateIsWrittenAsCode() {
    #expect(BuiltInPageTemplate.isBuiltIn(DefaultHTMLTemplates.page))
    #expect(!BuiltInPageTemplate.isBuiltIn(DefaultHTMLTemplates.page + "\n"))
  }
}
