public import DocModel

/// Renders a document's blocks as HTML: CommonMark blocks, GFM tables and DocFX constructs, with every
/// text escaped, raw HTML filtered through an allowlist and link addresses checked.
public struct HTMLRenderer {
  /// What a renderer needs to know about the page it renders.
  public struct Context {
    /// Labels shown in the page, such as alert titles.
    public var strings: SiteStrings
    /// The page's path relative to the docs folder, to resolve includes.
    public var pagePath: String
    /// The page's path inside its locale folder.
    public var localPath: String?
    /// Included files, keyed by their path relative to the docs folder.
    public var includes: any IncludeSource

    public init(strings: SiteStrings, pagePath: String, localPath: String?, includes: any IncludeSource) {
      self.strings = strings
      self.pagePath = pagePath
      self.localPath = localPath
      self.includes = includes
    }
  }

  /// A heading, for the page's table of contents.
  public struct HeadingLink: Sendable, Hashable {
    public var level: Int
    public var id: String
    public var text: String
  }

  private let context: Context
  private let ids = IDRegistry()
  private(set) var headings: [HeadingLink] = []
  private var includeStack: [String] = []
  /// Includes left out because they include themselves (missing files are reported when reading the docs).
  public private(set) var problems: [String] = []

  public init(context: Context) {
    self.context = context
  }

  /// The HTML of the document's body, and the headings it holds.
  public mutating func render(_ document: Document) -> (html: String, headings: [HeadingLink]) {
    // Heading ids first, so that inline anchors cannot take them.
    for heading in document.headings {
      let id = ids.unique(heading.anchor.map(IDRegistry.clean) ?? HeadingSlug.make(PlainText.render(heading.inlines)))
      headings.append(HeadingLink(level: heading.level, id: id, text: PlainText.render(heading.inlines)))
    }
    var headingIndex = 0
    let html = render(document.blocks, headingIndex: &headingIndex)
    return (html, headings)
  }

  // MARK: Blocks

  private mutating func render(_ blocks: [Block], headingIndex: inout Int, tight: Bool = false) -> String {
    var html = ""
    for block in blocks {
      html += render(block, headingIndex: &headingIndex, tight: tight)
    }
    return html
  }

  private mutating func render(_ block: Block, headingIndex: inout Int, tight: Bool) -> String {
    switch block {
    case .paragraph(let paragraph):
      let inner = renderInlines(paragraph.inlines)
      return tight ? inner + "\n" : "<p>\(inner)</p>\n"
    case .heading(let heading):
      let level = min(max(heading.level, 1), 6)
      var id = ""
      if headingIndex < headings.count {
        id = headings[headingIndex].id
        headingIndex += 1
      }
      return "<h\(level) id=\"\(HTMLEscaping.escape(id))\">\(renderInlines(heading.inlines))</h\(level)>\n"
    case .blockQuote(let quote):
      return "<blockquote>\n\(render(quote.blocks, headingIndex: &headingIndex))</blockquote>\n"
    case .list(let list):
      let tag = list.ordered ? "ol" : "ul"
      let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
      var html = "<\(tag)\(start)>\n"
      for item in list.items {
        html += "<li>" + render(item.blocks, headingIndex: &headingIndex, tight: list.tight) + "</li>\n"
      }
      return html + "</\(tag)>\n"
    case .codeBlock(let code):
      let language = code.info.split(separator: " ").first.map { IDRegistry.clean(String($0)) } ?? ""
      let attribute = language.isEmpty ? "" : " class=\"language-\(HTMLEscaping.escape(language))\""
      return "<pre><code\(attribute)>\(HTMLEscaping.escape(code.code))</code></pre>\n"
    case .htmlBlock(let block):
      return renderHTMLBlock(block.html)
    case .thematicBreak:
      return "<hr>\n"
    case .table(let table):
      return renderTable(table)
    case .alert(let alert):
      let kind = alert.kind.rawValue.lowercased()
      let label = context.strings[kind]
      let classes = "alert alert-\(IDRegistry.clean(kind))"
      return "<div class=\"\(HTMLEscaping.escape(classes))\" role=\"note\">\n<p class=\"alert-title\">\(HTMLEscaping.escape(label))</p>\n"
        + render(alert.blocks, headingIndex: &headingIndex) + "</div>\n"
    case .div(let div):
      let classes = (div.className ?? "").split(separator: " ").map { IDRegistry.clean(String($0)) }.filter { !$0.isEmpty }
      let attribute = classes.isEmpty ? "" : " class=\"\(HTMLEscaping.escape(classes.joined(separator: " ")))\""
      return "<div\(attribute)>\n\(render(div.blocks, headingIndex: &headingIndex))</div>\n"
    case .include(let include):
      return renderInclude(include, headingIndex: &headingIndex)
    }
  }

  private mutating func renderTable(_ table: Table) -> String {
    func alignment(_ index: Int) -> String {
      guard index < table.alignments.count, table.alignments[index] != .none else { return "" }
      return " class=\"align-\(table.alignments[index].rawValue)\""
    }
    var html = "<table>\n<thead>\n<tr>\n"
    for (index, cell) in table.header.cells.enumerated() {
      html += "<th scope=\"col\"\(alignment(index))>\(renderInlines(cell.inlines))</th>\n"
    }
    html += "</tr>\n</thead>\n"
    if !table.rows.isEmpty {
      html += "<tbody>\n"
      for row in table.rows {
        html += "<tr>\n"
        for (index, cell) in row.cells.enumerated() {
          html += "<td\(alignment(index))>\(renderInlines(cell.inlines))</td>\n"
        }
        html += "</tr>\n"
      }
      html += "</tbody>\n"
    }
    return html + "</table>\n"
  }

  /// Raw HTML blocks: comments are dropped; the rest goes through the inline allowlist, tag by tag.
  private mutating func renderHTMLBlock(_ html: String) -> String {
    var sanitizer = InlineHTMLSanitizer(usedIDs: ids)
    var output = ""
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      output += HTMLEscaping.escape(String(rest[..<open]))
      let fromOpen = rest[open...]
      if fromOpen.hasPrefix("<!--") {
        guard let end = fromOpen.range(of: "-->") else { rest = ""; break }
        rest = fromOpen[end.upperBound...]
        continue
      }
      guard let close = fromOpen.firstIndex(of: ">") else {
        output += HTMLEscaping.escape(String(fromOpen))
        rest = ""
        break
      }
      output += sanitizer.sanitize(String(fromOpen[...close]))
      rest = fromOpen[fromOpen.index(after: close)...]
    }
    output += HTMLEscaping.escape(String(rest)) + sanitizer.finish()
    let trimmed = String(output.trimming { " \n\t\r".contains($0) })
    return trimmed.isEmpty ? "" : "<p>\(trimmed)</p>\n"
  }

  private mutating func renderInclude(_ include: Include, headingIndex: inout Int) -> String {
    let current = includeStack.last ?? context.pagePath
    let candidates = IncludePaths.candidates(
      for: include.path, in: current, localPath: includeStack.isEmpty ? context.localPath : nil)
    guard let path = candidates.first(where: { context.includes.document(atPath: $0) != nil }),
      let document = context.includes.document(atPath: path)
    else {
      return ""
    }
    guard !includeStack.contains(path), path != context.pagePath else {
      problems.append("'\(include.path)' includes itself (\((includeStack + [path]).joined(separator: " → "))); left out")
      return ""
    }
    includeStack.append(path)
    defer { includeStack.removeLast() }
    var ignored = 0
    return render(document.blocks, headingIndex: &ignored)
  }

  // MARK: Inlines

  private mutating func renderInlines(_ inlines: [Inline]) -> String {
    var sanitizer = InlineHTMLSanitizer(usedIDs: ids)
    let html = renderInlines(inlines, sanitizer: &sanitizer)
    return html + sanitizer.finish()
  }

  private mutating func renderInlines(_ inlines: [Inline], sanitizer: inout InlineHTMLSanitizer) -> String {
    var html = ""
    for inline in inlines {
      switch inline {
      case .text(let text): html += HTMLEscaping.escape(text)
      case .softBreak: html += "\n"
      case .lineBreak: html += "<br>\n"
      case .code(let code): html += "<code>\(HTMLEscaping.escape(code))</code>"
      case .html(let raw): html += sanitizer.sanitize(raw)
      case .emphasis(let children): html += "<em>\(renderInlines(children))</em>"
      case .strong(let children): html += "<strong>\(renderInlines(children))</strong>"
      case .link(let link):
        let inner = renderInlines(link.children)
        guard let url = URLPolicy.safeURL(link.destination) else {
          html += inner
          continue
        }
        let title = link.title.isEmpty ? "" : " title=\"\(HTMLEscaping.escape(link.title))\""
        html += "<a href=\"\(HTMLEscaping.escape(URLPolicy.rewritingMarkdownLink(url)))\"\(title)>\(inner)</a>"
      case .image(let image):
        let alt = PlainText.render(image.children)
        guard let url = URLPolicy.safeURL(image.destination) else {
          html += HTMLEscaping.escape(alt)
          continue
        }
        let title = image.title.isEmpty ? "" : " title=\"\(HTMLEscaping.escape(image.title))\""
        html += "<img src=\"\(HTMLEscaping.escape(url))\" alt=\"\(HTMLEscaping.escape(alt))\"\(title)>"
      case .include(let include):
        var ignored = 0
        let rendered = renderInclude(include, headingIndex: &ignored)
        // Inline, an included paragraph loses its <p>.
        html += rendered.replacingOccurrences(of: "<p>", with: "").replacingOccurrences(of: "</p>\n", with: " ")
      }
    }
    return html
  }
}
