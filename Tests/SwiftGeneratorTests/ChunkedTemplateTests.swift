import DocModel
import DocTestSupport
import Mustache
import Testing

@testable import SwiftGenerator

/// A long template is parsed in pieces for speed; these tests hold what the pieces render to what the
/// whole template renders.
@Suite("Chunked templates, against the whole template")
struct ChunkedTemplateTests {
  /// Lines a template is made of: text with braces, variables, standalone and inline sections, inverted
  /// sections, comments over several lines, indentation.
  static let lines = [
    "let a = [1, 2] { $0 }\n", "  {{{name}}}: {{value}}\n", "{{#items}}\n", "{{/items}}\n", "  {{#items}}\n",
    "  {{/items}}\n", "{{^empty}}\n", "{{/empty}}\n", "{{#flag}}on{{/flag}}{{^flag}}off{{/flag}}\n",
    "{{! a comment\nover two lines }}\n", "\n", "    indented {{name}} { }\n", "{{#items}}- {{value}}{{/items}}\n",
    "}\n", "{{#nested}}\n", "{{/nested}}\n", "text {{{name}}} and { braces }} here\n", "  \n",
  ]

  static var context: [String: Any] {
    [
      "name": "Name", "value": "top", "flag": true, "empty": false,
      "items": [
        ["value": "one", "nested": ["a", "b"], "name": "inner"] as [String: Any],
        ["value": "two", "nested": [String]()],
      ],
      "nested": [["value": "n"]],
    ]
  }

  /// A template of random lines whose sections are balanced.
  static func randomTemplate(_ random: inout SeededRandom) -> String {
    var text = ""
    var open: [String] = []
    for _ in 0..<Int(random.next() % 60) {
      let line = lines.randomElement(using: &random)!
      if let close = line.range(of: "{{/"), line.firstRange(of: "{{#") == nil, line.firstRange(of: "{{^") == nil {
        let name = line[close.upperBound...].prefix { $0 != "}" }
        guard open.last == String(name) else { continue }
        open.removeLast()
      } else if let opening = line.firstRange(of: "{{#") ?? line.firstRange(of: "{{^"), !line.contains("{{/") {
        open.append(String(line[opening.upperBound...].prefix { $0 != "}" }))
      }
      text += line
    }
    for name in open.reversed() { text += "{{/\(name)}}\n" }
    if random.next() % 3 == 0 { text += "tail without newline {{name}}" }
    return text
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func piecesRenderAsTheWhole(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    var cut = 0
    for _ in 0..<200 {
      let text = Self.randomTemplate(&random)
      let whole = try MustacheTemplate(string: text).render(Self.context)
      let chunked = try ChunkedTemplate(text, chunkSize: Int(random.next() % 120) + 20)
      if chunked.chunkCount > 1 { cut += 1 }
      #expect(chunked.render(Self.context) == whole, "\(text.debugDescription)")
    }
    #expect(cut > 100, "most templates are cut")
  }

  /// The built-in catalog template is cut into pieces and renders the same Swift as when whole.
  @Test func builtInCatalogTemplateRendersAsWhole() throws {
    let chunked = try ChunkedTemplate(DefaultTemplates.swiftCatalog)
    #expect(chunked.chunkCount > 10)
    let generator = try SwiftCatalogGenerator()
    let (catalog, _) = try DocSetFixture.build(Paths.docs)
    let (context, _) = SwiftCatalogContext(catalog: catalog, command: "doccatalog build", access: .internal)
      .values(marker: { "<definitions \($0)>" })
    let whole = try MustacheTemplate(string: DefaultTemplates.swiftCatalog).render(context)
    #expect(chunked.render(context) == whole)
    #expect(generator.generate(catalog, command: "doccatalog build").contains("static func lookupAll"))
  }

  /// What partials cannot carry leaves a template whole: delimiters set, a sequence's position read.
  @Test func templatesPartialsCannotCarryStayWhole() throws {
    let long = String(repeating: "filler line { }\n", count: 200)
    for special in ["{{=<% %>=}}\n", "{{#items}}{{#first}}1st{{/first}}{{/items}}\n", "{{<parent}}{{/parent}}\n"] {
      let chunked = try ChunkedTemplate(long + special + long)
      #expect(chunked.chunkCount == 0, "\(special)")
    }
    #expect(try ChunkedTemplate(long + long).chunkCount > 4)
  }

  /// A template that does not parse is reported as a whole template is.
  @Test func aBrokenTemplateFailsAsWhole() {
    let long = String(repeating: "filler line { }\n", count: 200)
    #expect(throws: (any Error).self) { try ChunkedTemplate(long + "{{#a}}\n" + long + "{{/b}}\n" + long) }
  }
}
