import DocModel
import DocParser
import DocTestSupport
import HTMLGenerator
import Testing

/// Random pages of raw HTML, hostile and broken among it, hold two properties once rendered: nothing in
/// them can run script, and they are well-formed HTML whose elements nest as HTML5 allows (checked by
/// ``Checker``, a reading written apart from the renderer).
@Suite("Raw HTML, random pages")
struct RawHTMLPropertyTests {
  static let pieces = [
    "<table>", "</table>", "<tr>", "</tr>", "<td colspan=2>", "</td>", "<th align=center scope=row>", "</th>",
    "<thead>", "</thead>", "<tbody>", "</tbody>", "<tfoot>", "<caption>", "</caption>", "<colgroup>",
    "<col width=10>", "</colgroup>", "<div class=\"a b\">", "</div>", "<p>", "</p>", "<ul>", "</ul>", "<ol>",
    "</ol>", "<li>", "</li>", "<dl>", "<dt>", "<dd>", "</dl>", "<pre>", "</pre>", "<code>", "</code>", "<hr>",
    "<h2 id=h>", "</h2>", "<a href=\"x.md\" name=n>", "</a>", "<br>", "<b>", "</b>", "<em>", "<span>", "</span>",
    "<img src=a.png alt=A>", "<html>", "<head>", "</head>", "<body>", "</body>", "</html>", "<title>t</title>",
    "<script>alert(1)</script>", "<svg onload=alert(1)>", "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">", "<a href=\"&#106;avascript:x\">", "<a href=\"java&#x09;script:x\">",
    "<img src=\"jav&#x0A;ascript:x\">", "<a href=\"&#x6A;avascript&colon;x\">", "<div style=\"x\" onclick=\"y\">",
    "<a href='x", "\"", "'", "<!-- c -->", "<!-- open", "<![CDATA[ <script> ]]>", "<!DOCTYPE html>",
    "<?php x ?>", "<iframe src=x>", "<style>", "<object>", "<math><mi xlink:href=javascript:x>",
    "<a href=data:text/html,x>", "<form action=javascript:x>", "<input onfocus=x autofocus>",
    "<base href=javascript:x>", "<meta http-equiv=refresh>", "<p/>", "<li/>", "</br>", "<x>", "</x>",
    "<dd/mm/yyyy>", "text", "x", " ", "&amp;", "&lt;", "<", ">", "&", "=", "**bold**", "\n- item", "\n> quote",
    "\n# head", "\n| a | b |\n|---|---|\n| c | d |\n", "`code`", "\n    indented", "[link](y.md)", "![img](a.png)",
    "[in <a href=z.md>link</a>](y.md)",
  ]
  static let separators = ["", "", " ", "\n", "\n\n"]

  @Test(arguments: [1, 2, 3] as [UInt64])
  func outputIsSafeAndWellFormed(seed: UInt64) throws {
    let templates = try HTMLTemplates()
    var random = SeededRandom(seed: seed)
    for _ in 0..<1_500 {
      var markdown = ""
      for _ in 0..<Int.random(in: 1...24, using: &random) {
        markdown += Self.pieces.randomElement(using: &random)! + Self.separators.randomElement(using: &random)!
      }
      let document = MarkdownParser().parse(markdown, path: "en-US/page.md").document
      var renderer = HTMLRenderer(
        context: .init(
          strings: templates.strings(for: "en-US", sourceLocale: "en-US"), pagePath: "en-US/page.md",
          localPath: "page.md", includes: [String: Document]()))
      let html = renderer.render(document).html
      if let problem = Checker.problem(in: html) {
        Issue.record("\(problem)\ninput: \(markdown.debugDescription)\noutput: \(html.debugDescription)")
        return
      }
    }
  }

  @Test func theCheckerFindsWhatItLooksFor() {
    #expect(Checker.problem(in: "<p>a</p>") == nil)
    #expect(Checker.problem(in: "<p><div>a</div></p>") != nil)
    #expect(Checker.problem(in: "<b>a") != nil)
    #expect(Checker.problem(in: "<a href=\"java&#x09;script:x\">a</a>") != nil)
    #expect(Checker.problem(in: "<img src=\"x\" onerror=\"y\">") != nil)
    #expect(Checker.problem(in: "<table><tr><td>a</td></tr></table>") != nil)
    #expect(Checker.problem(in: "<ul>text<li>a</li></ul>") != nil)
    #expect(Checker.problem(in: "a < b") != nil)
  }

  /// Reads rendered HTML strictly: every tag written `<name attr="value">`, each element one HTML5 allows
  /// where it stands, every attribute one a page may carry, every address one a browser will not run.
  enum Checker {
    static let phrasing: Set<String> = [
      "a", "b", "strong", "i", "em", "u", "s", "sub", "sup", "code", "kbd", "span", "br", "img",
    ]
    static let textOnly: Set<String> = phrasing.union(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"])
    static let blockHolders: Set<String> = ["div", "li", "dt", "dd", "td", "th", "caption", "blockquote"]
    static let blocks: Set<String> = textOnly.union(["div", "ul", "ol", "dl", "table", "hr", "blockquote"])
    static let void: Set<String> = ["br", "img", "hr", "col"]
    static let attributes: [String: Set<String>] = [
      "a": ["id", "href", "title"], "img": ["src", "alt", "title", "width", "height"],
      "td": ["id", "class", "colspan", "rowspan"], "th": ["id", "class", "colspan", "rowspan", "scope"],
      "col": ["id", "class", "span"], "colgroup": ["id", "class", "span"], "ol": ["id", "class", "start"],
      "div": ["id", "class", "role", "data-copy", "data-copied"],  // the copy button's words on a code block
    ]
    static let tableOrder = ["caption": 1, "colgroup": 2, "thead": 3, "tbody": 4, "tfoot": 5]

    static func mayHold(_ parent: String?, _ child: String, inLink: Bool) -> Bool {
      if child == "a" && inLink { return false }
      guard let parent else { return blocks.contains(child) }
      if blockHolders.contains(parent) {
        return blocks.contains(child) && !(parent == "dt" && child.first == "h" && child != "hr")
          && !(parent == "caption" && child == "table")
      }
      if textOnly.contains(parent) { return phrasing.contains(child) }
      switch parent {
      case "ul", "ol": return child == "li"
      case "dl": return child == "dt" || child == "dd"
      case "table": return tableOrder[child] != nil
      case "colgroup": return child == "col"
      case "thead", "tbody", "tfoot": return child == "tr"
      case "tr": return child == "td" || child == "th"
      default: return false
      }
    }

    static func problem(in html: String) -> String? {
      var stack: [(name: String, stage: Int)] = []
      var rest = Substring(html)
      while !rest.isEmpty {
        if rest.first == "&" {
          guard let reference = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].first(where: { rest.hasPrefix($0) })
          else { return "a bare &" }
          rest = rest.dropFirst(reference.count)
          continue
        }
        if rest.first == ">" || rest.first == "\"" { return "a bare \(rest.first!)" }
        guard rest.first == "<" else {
          let text = rest.prefix { $0 != "<" && $0 != "&" && $0 != ">" && $0 != "\"" }
          if !text.allSatisfy(\.isWhitespace) {
            let parent = stack.last?.name
            if let parent, !blockHolders.contains(parent) && !textOnly.contains(parent) {
              return "text in <\(parent)>"
            }
          }
          rest = rest.dropFirst(text.count)
          continue
        }
        guard let end = rest.firstIndex(of: ">") else { return "an unclosed tag" }
        let tag = rest[rest.index(after: rest.startIndex)..<end]
        rest = rest[rest.index(after: end)...]
        if tag.hasPrefix("/") {
          let name = String(tag.dropFirst())
          guard stack.last?.name == name else { return "</\(name)> closes <\(stack.last?.name ?? "nothing")>" }
          stack.removeLast()
          continue
        }
        let name = String(tag.prefix { $0.isLetter || $0.isNumber })
        guard
          blocks.contains(name) || mayHold("table", name, inLink: false)
            || ["li", "dt", "dd", "tr", "td", "th", "col"].contains(name)
        else { return "<\(name)> is not allowed" }
        let inLink = stack.contains { $0.name == "a" }
        guard mayHold(stack.last?.name, name, inLink: inLink) else {
          return "<\(name)> inside <\(stack.last?.name ?? "the page")>"
        }
        if let index = stack.indices.last, stack[index].name == "table" {
          let stage = tableOrder[name]!
          if stage < stack[index].stage || (stage == stack[index].stage && stage != 2 && stage != 4) {
            return "<\(name)> out of order in a table"
          }
          stack[index].stage = stage
        }
        if let problem = attributeProblem(tag.dropFirst(name.count), of: name) { return problem }
        if !void.contains(name) { stack.append((name, 0)) }
      }
      return stack.isEmpty ? nil : "<\(stack.last!.name)> left open"
    }

    static func attributeProblem(_ text: Substring, of element: String) -> String? {
      var rest = text
      while !rest.isEmpty {
        guard rest.first == " " else { return "attributes not apart on <\(element)>" }
        let name = String(rest.dropFirst().prefix { $0 != "=" })
        let afterName = rest.dropFirst(1 + name.count)
        guard afterName.hasPrefix("=\"") else { return "an unquoted value on <\(element)>" }
        let valueStart = afterName.dropFirst(2)
        guard let close = valueStart.firstIndex(of: "\"") else { return "an unclosed value on <\(element)>" }
        let value = valueStart[..<close]
        rest = valueStart[valueStart.index(after: close)...]
        let allowed = attributes[element] ?? ["id", "class"]
        guard allowed.contains(name) else { return "\(name) on <\(element)>" }
        if value.contains("<") { return "< in \(name)" }
        var references = value
        while let ampersand = references.firstIndex(of: "&") {
          references = references[ampersand...]
          guard ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(where: { references.hasPrefix($0) }) else {
            return "a bare & in \(name)"
          }
          references = references.dropFirst()
        }
        if name == "href" || name == "src" {
          let decoded = value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
            of: "&#39;", with: "'"
          )
          .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
          .replacingOccurrences(of: "&amp;", with: "&")
          let squeezed = decoded.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init)
          let beforeColon = squeezed.prefix { $0 != ":" }
          if beforeColon.count < squeezed.count, !beforeColon.contains(where: { "/?#".contains($0) }) {
            let scheme = String(beforeColon).lowercased()
            if !["http", "https", "mailto"].contains(scheme) { return "the scheme \(scheme): in \(name)" }
          }
        }
      }
      return nil
    }
  }
}
