import DocTestSupport
import Mustache
import TemplateSupport
import Testing

/// Contexts hold `TemplateText` rather than strings, for speed; templates must not see the difference.
@Suite("Template text renders as a string does")
struct TemplateTextTests {
  /// Templates that use a text every way Mustache can: raw and escaped, as a section and an inverted one,
  /// as `.`, under a dotted name, through a transform, and with a name looked up below it in a section.
  static let templates = [
    "{{{a}}}|{{a}}", "{{#a}}[{{.}}]{{/a}}{{^a}}none{{/a}}", "{{#a}}{{{b}}}{{/a}}", "{{#list}}<{{{.}}}>{{/list}}",
    "{{{nested.a}}}{{#nested}}{{{a}}}{{{b}}}{{/nested}}", "{{uppercased(a)}}{{lowercased(b)}}",
    "{{#sorted(list)}}{{.}},{{/sorted(list)}}", "{{#a}}{{#b}}{{{a}}}{{{b}}}{{/b}}{{/a}}", "{{^missing}}{{{a}}}{{/missing}}",
  ]

  func render(_ template: MustacheTemplate, _ a: String, _ b: String, _ list: [String], wrapped: Bool) -> String {
    func value(_ text: String) -> Any { wrapped ? TemplateText(text) : text }
    let context: [String: Any] = [
      "a": value(a), "b": value(b), "list": list.map(value), "nested": ["a": value(b), "c": value(a)],
    ]
    return template.render(context)
  }

  @Test(arguments: [31, 32] as [UInt64])
  func rendersAsAString(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    let pieces = ["", "x", "Zed", "<b>", "&amp;", "\"", "日本", "e\u{301}", "{{a}}", " ", "\n"]
    for text in Self.templates {
      let template = try MustacheTemplate(string: text)
      for _ in 0..<200 {
        func piece() -> String { (0..<Int(random.next() % 3)).map { _ in pieces.randomElement(using: &random)! }.joined() }
        let (a, b) = (piece(), piece())
        let list = (0..<Int(random.next() % 4)).map { _ in piece() }
        #expect(
          render(template, a, b, list, wrapped: true) == render(template, a, b, list, wrapped: false),
          "\(text) with \(a.debugDescription), \(b.debugDescription), \(list)")
      }
    }
  }
}
