import DocTestSupport
import Foundation
import Testing

/// The page template gets markers for the heading and body, whose bytes are put in their place after it is
/// rendered. A template that escapes or transforms them, or docs whose text holds the marker's noncharacter,
/// must still get the real text.
@Suite("Page heading and body in the template")
struct PageTemplateSpliceTests {
  /// The en-US page of a one-page site rendered with `pageTemplate` in place of the built-in page template.
  /// Without front matter the title is the first heading's text.
  static func page(_ pageTemplate: String, heading: String? = nil) throws -> String {
    let start = heading.map { "# \($0)" } ?? "---\ntitle: Errors\n---\n# Errors <x>"
    let docs = try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US]\n",
      "en-US/a.md": start + "\n\nText & `code` with <br /> and **bold**.\n\n## Next\n\nMore.\n",
    ])
    let templates = FileManager.default.temporaryDirectory.appendingPathComponent("doccatalog-templates-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: templates) }
    try FileManager.default.copyItem(at: Paths.repositoryRoot.appendingPathComponent("Templates"), to: templates)
    try Data(pageTemplate.utf8).write(to: templates.appendingPathComponent("html/page.html.mustache"))
    let files = try SiteBuilder.files(of: docs.root, templates: templates.path)
    return String(decoding: try #require(files["en-US/a.html"]), as: UTF8.self)
  }

  @Test func headingAndBodyReachEveryRawUse() throws {
    let both = try Self.page("{{% CONTENT_TYPE: TEXT }}[{{{heading}}}][{{{body}}}]")
    let twice = try Self.page("{{% CONTENT_TYPE: TEXT }}{{{body}}}|{{{body}}}")
    let body = String(twice.prefix((twice.count - 1) / 2))
    #expect(twice == body + "|" + body)
    #expect(body.hasPrefix("<p>Text") && body.contains("<h2") && !body.contains("<h1"), "the title heading goes to 'heading'")
    #expect(both.hasPrefix("[<h1") && both.hasSuffix("][" + body + "]"))
    #expect(!both.contains("\u{FFFF}"))
  }

  @Test func escapedOrTransformedUsesGetTheRealText() throws {
    let body = try Self.page("{{% CONTENT_TYPE: TEXT }}{{{body}}}")
    let escaped = try Self.page("{{% CONTENT_TYPE: HTML }}{{body}}")
    #expect(!escaped.contains("\u{FFFF}") && !escaped.contains("<") && escaped.contains("&lt;h2"))
    #expect(try Self.page("{{% CONTENT_TYPE: TEXT }}{{ uppercased(body) }}") == body.uppercased())
  }

  @Test func aNoncharacterInTheDocsIsKeptAsText() throws {
    let body = try Self.page("{{% CONTENT_TYPE: TEXT }}{{{body}}}", heading: "A\u{FFFF}B")
    let page = try Self.page("{{% CONTENT_TYPE: TEXT }}{{{title}}}|{{{heading}}}|{{{body}}}", heading: "A\u{FFFF}B")
    #expect(page.hasPrefix("A\u{FFFF}B|<h1") && page.hasSuffix("</h1>\n|" + body))
  }
}
