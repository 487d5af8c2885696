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
    /// The id of each catalog row of the page, by the row's line: its entry's id (``CatalogRowLinks``).
    public var rowIDs: [Int: String]
    /// The hosts whose `[!VIDEO]` addresses are embedded as a player (``VideoHosts``); others are links.
    public var videoHosts: Set<String>
    /// What the page's xrefs lead to; `nil`, none resolves (each shows as text).
    public var xrefs: XrefLinks?
    /// Written where each of the page's own table rows would take its id, when the rows' ids are not known
    /// yet (``PageAwaitingRowIDs``); `nil`, rows without an id in ``rowIDs`` have none.
    var rowIDMarkers: RowIDMarkers?

    public init(
      strings: SiteStrings, pagePath: String, localPath: String?, includes: any IncludeSource,
      rowIDs: [Int: String] = [:], videoHosts: Set<String> = Set(VideoHosts.defaults)
    ) {
      self.strings = strings
      self.pagePath = pagePath
      self.localPath = localPath
      self.includes = includes
      self.rowIDs = rowIDs
      self.videoHosts = videoHosts
    }
  }

  /// A heading, for the page's table of contents.
  public struct HeadingLink: Sendable, Hashable {
    public var level: Int
    public var id: String
    public var text: String
  }

  let context: Context
  let ids = IDRegistry()
  private(set) var headings: [HeadingLink] = []
  /// The `<a name>` anchor each heading holds, as its id in the page (`nil` for none, or one already taken).
  private var headingAnchors: [String?] = []
  /// The ids of the page's catalog rows that are the page's (no heading took them), by line.
  private var rowAnchors: [Int: String] = [:]
  /// The lines of the rows marked with ``Context/rowIDMarkers``, by marker index.
  private(set) var markedRowLines: [Int] = []
  private var includeStack: [String] = []
  /// Whether a Markdown link's text is being rendered: a link inside it is left out, its text kept.
  private var isRenderingLink = false
  /// For each include being rendered, its headings' ids: an included file's headings are numbered on their
  /// own (``HeadingIDs``, as DocFX parses an included file as a document of its own), then kept unique on
  /// the page.
  private var includeHeadingIDs: [[String]] = []
  /// For each include being rendered, the bytes the includes inside it added to its output so far.
  private var nestedIncludeBytes: [Int] = []
  /// What the page's includes spent of their ``IncludeBudget`` so far.
  private var includeBudgetSpent = 0
  /// Whether an include was left out for the budget: reported once per page.
  private var isIncludeBudgetExceeded = false
  /// Includes left out because they include themselves or exceed the budget (missing files are reported
  /// when reading the docs).
  public private(set) var problems: [RenderProblem] = []
  /// Whether the page has a code block, which the site's copy script then serves.
  public private(set) var hasCodeBlocks = false

  public init(context: Context) {
    self.context = context
  }

  /// The HTML of the document's body, and the headings it holds.
  public mutating func render(_ document: Document) -> (html: String, headings: [HeadingLink]) {
    let (bytes, headings) = renderBytes(document)
    return (String(decoding: bytes, as: UTF8.self), headings)
  }

  /// The page's HTML as UTF-8 bytes, and its headings with their ids.
  mutating func renderBytes(_ document: Document) -> (html: [UInt8], headings: [HeadingLink]) {
    // Heading ids first, so that inline anchors cannot take them; then the anchors headings hold.
    let documentHeadings = document.headings
    ids.reserve(2 * documentHeadings.count + context.rowIDs.count)
    for (heading, id) in zip(documentHeadings, HeadingIDs.assign(documentHeadings)) {
      headings.append(HeadingLink(level: heading.level, id: ids.unique(id), text: PlainText.render(heading.inlines)))
    }
    headingAnchors = documentHeadings.map { $0.anchor.flatMap { ids.claim(IDRegistry.clean($0)) } }
    // Catalog rows' ids before anchors in the text, so that a link to an entry's row always finds it.
    for (line, id) in context.rowIDs.sorted(by: { $0.key < $1.key }) {
      if let claimed = ids.claim(IDRegistry.clean(id)) { rowAnchors[line] = claimed }
    }
    var headingIndex = 0
    var html = HTMLOutput()
    render(document.blocks, into: &html, headingIndex: &headingIndex)
    return (html.bytes, headings)
  }

  // MARK: Blocks

  // Every part appends to one buffer: rendering a page is a single pass without intermediate strings.

  mutating func render(
    _ blocks: [Block], into html: inout HTMLOutput, headingIndex: inout Int, tight: Bool = false
  ) {
    // Raw HTML may open an element in one block and close it in a later one: one tree per container.
    var rawHTML: RawHTMLTree?
    for block in blocks {
      if case .htmlBlock(let block) = block {
        if rawHTML == nil { rawHTML = RawHTMLTree(ids: ids) }
        rawHTML?.add(block.html, into: &html)
        continue
      }
      rawHTML?.prepareForBlock(into: &html)
      render(block, into: &html, headingIndex: &headingIndex, tight: tight)
    }
    rawHTML?.finish(into: &html)
  }

  private mutating func render(_ block: Block, into html: inout HTMLOutput, headingIndex: inout Int, tight: Bool) {
    switch block {
    case .paragraph(let paragraph):
      if tight {
        renderInlines(paragraph.inlines, into: &html)
        html += "\n"
      } else {
        html += "<p>"
        renderInlines(paragraph.inlines, into: &html)
        html += "</p>\n"
      }
    case .heading(let heading):
      let level = min(max(heading.level, 1), 6)
      var id = ""
      var anchor: String?
      if let included = includeHeadingIDs.last {
        if headingIndex < included.count {
          id = included[headingIndex]
          anchor = heading.anchor.flatMap { ids.claim(IDRegistry.clean($0)) }
          headingIndex += 1
        }
      } else if headingIndex < headings.count {
        id = headings[headingIndex].id
        anchor = headingAnchors[headingIndex]
        headingIndex += 1
      }
      html += "<h\(level)"
      Self.appendAttribute("id", id, to: &html)
      html += ">"
      if let anchor {
        // The `<a name>` the heading held, which links may name as well as its id.
        html += "<a"
        Self.appendAttribute("id", anchor, to: &html)
        html += "></a>"
      }
      renderInlines(heading.inlines, into: &html)
      html += "</h\(level)>\n"
    case .blockQuote(let quote):
      html += "<blockquote>\n"
      render(quote.blocks, into: &html, headingIndex: &headingIndex)
      html += "</blockquote>\n"
    case .list(let list):
      let tag = list.ordered ? "ol" : "ul"
      let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
      html += "<\(tag)\(start)>\n"
      for item in list.items {
        html += "<li>"
        render(item.blocks, into: &html, headingIndex: &headingIndex, tight: list.tight)
        html += "</li>\n"
      }
      html += "</\(tag)>\n"
    case .codeBlock(let code):
      // The language as written labels the block; the site's script adds a copy button to it.
      let written = code.info.split(separator: " ").first.map(String.init) ?? ""
      let language = IDRegistry.clean(written)
      html += "<div class=\"code-block\""
      Self.appendAttribute("data-copy", context.strings["copy"], to: &html)
      Self.appendAttribute("data-copied", context.strings["copied"], to: &html)
      html += ">"
      if !written.isEmpty {
        html += "<p class=\"code-language\">"
        html.appendEscaped(written)
        html += "</p>"
      }
      html += "<pre><code"
      if !language.isEmpty { Self.appendAttribute("class", "language-" + language, to: &html) }
      html += ">"
      html.appendEscaped(code.code)
      html += "</code></pre></div>\n"
      hasCodeBlocks = true
    case .htmlBlock(let block):
      var tree = RawHTMLTree(ids: ids)
      tree.add(block.html, into: &html)
      tree.finish(into: &html)
    case .thematicBreak:
      html += "<hr>\n"
    case .table(let table):
      renderTable(table, into: &html)
    case .alert(let alert):
      let kind = alert.kind.rawValue.lowercased()
      html += "<div"
      Self.appendAttribute("class", "alert alert-\(IDRegistry.clean(kind))", to: &html)
      html += " role=\"note\">\n<p class=\"alert-title\">"
      html.appendEscaped(context.strings[kind])
      html += "</p>\n"
      render(alert.blocks, into: &html, headingIndex: &headingIndex)
      html += "</div>\n"
    case .div(let div):
      let classes = (div.className ?? "").split(separator: " ").map { IDRegistry.clean(String($0)) }.filter {
        !$0.isEmpty
      }
      html += "<div"
      if !classes.isEmpty { Self.appendAttribute("class", classes.joined(separator: " "), to: &html) }
      html += ">\n"
      render(div.blocks, into: &html, headingIndex: &headingIndex)
      html += "</div>\n"
    case .include(let include):
      renderInclude(include, into: &html, headingIndex: &headingIndex)
    case .docfx(let block):
      // The construct writes through a writer that holds this renderer and the page's buffer a while.
      var writer = DocFXPageWriter(renderer: self, headingIndex: headingIndex)
      swap(&writer.html, &html)
      block.construct.render(into: &writer)
      swap(&writer.html, &html)
      headingIndex = writer.headingIndex
      self = writer.renderer
    }
  }

  private mutating func renderTable(_ table: Table, into html: inout HTMLOutput) {
    let alignments = table.alignments.map { $0 == .none ? "" : " class=\"align-\($0.rawValue)\"" }
    func alignment(_ index: Int) -> String { index < alignments.count ? alignments[index] : "" }
    html += "<table>\n<thead>\n<tr>\n"
    for (index, cell) in table.header.cells.enumerated() {
      html += "<th scope=\"col\""
      html += alignment(index)
      html += ">"
      renderInlines(cell.inlines, into: &html)
      html += "</th>\n"
    }
    html += "</tr>\n</thead>\n"
    if !table.rows.isEmpty {
      html += "<tbody>\n"
      for row in table.rows {
        html += "<tr"
        // The page's own rows only: an included file's lines are not the page's.
        if !rowAnchors.isEmpty, includeStack.isEmpty, let line = row.range?.start.line, let id = rowAnchors[line] {
          Self.appendAttribute("id", id, to: &html)
        } else if let markers = context.rowIDMarkers, includeStack.isEmpty, let line = row.range?.start.line {
          markers.write(index: markedRowLines.count, into: &html)
          markedRowLines.append(line)
        }
        html += ">\n"
        for (index, cell) in row.cells.enumerated() {
          html += "<td"
          html += alignment(index)
          html += ">"
          renderInlines(cell.inlines, into: &html)
          html += "</td>\n"
        }
        html += "</tr>\n"
      }
      html += "</tbody>\n"
    }
    html += "</table>\n"
  }

  private mutating func renderInclude(_ include: Include, into html: inout HTMLOutput, headingIndex: inout Int) {
    let current = includeStack.last ?? context.pagePath
    let candidates = IncludePaths.candidates(
      for: include.path, in: current, localPath: includeStack.isEmpty ? context.localPath : nil)
    guard let path = candidates.first(where: { context.includes.document(atPath: $0) != nil }),
      let document = context.includes.document(atPath: path)
    else {
      return
    }
    guard !includeStack.contains(path), path != context.pagePath else {
      problems.append(
        RenderProblem(
          kind: .includeCycle, file: context.pagePath, includePath: include.path,
          message: "'\(include.path)' includes itself (\((includeStack + [path]).joined(separator: " → "))); left out"))
      return
    }
    let tooDeep = includeStack.count >= IncludeBudget.maxDepth
    guard !isIncludeBudgetExceeded, !tooDeep, includeBudgetSpent < IncludeBudget.maxExpandedBytes else {
      if !isIncludeBudgetExceeded {
        isIncludeBudgetExceeded = true
        let location = include.range?.start
        problems.append(
          RenderProblem(
            kind: tooDeep ? .includeTooDeep : .includeTooLarge, file: current, line: location?.line ?? 0,
            column: location?.column ?? 0, includePath: include.path))
      }
      return
    }
    includeBudgetSpent += IncludeBudget.costPerInclude
    includeStack.append(path)
    nestedIncludeBytes.append(0)
    let start = html.bytes.count
    includeHeadingIDs.append(HeadingIDs.assign(document.headings).map { ids.unique($0) })
    var includedHeadingIndex = 0
    render(document.blocks, into: &html, headingIndex: &includedHeadingIndex)
    includeHeadingIDs.removeLast()
    // The include's own bytes are spent; those of the includes inside it were spent as they ended.
    let added = html.bytes.count - start
    includeBudgetSpent += added - nestedIncludeBytes.removeLast()
    if !nestedIncludeBytes.isEmpty { nestedIncludeBytes[nestedIncludeBytes.count - 1] += added }
    includeStack.removeLast()
  }

  /// ` name="value"`, the value escaped.
  static func appendAttribute(_ name: String, _ value: String, to html: inout HTMLOutput) {
    html += " "
    html += name
    html += "=\""
    html.appendEscaped(value)
    html += "\""
  }

  // MARK: Inlines

  mutating func renderInlines(_ inlines: [Inline], into html: inout HTMLOutput) {
    var sanitizer = InlineHTMLSanitizer(usedIDs: ids, insideLink: isRenderingLink)
    renderInlines(inlines, sanitizer: &sanitizer, into: &html)
    html += sanitizer.finish()
  }

  /// Renders the inlines inside an emphasis or a link, knowing whether a link is open around them.
  private mutating func renderNestedInlines(_ inlines: [Inline], inLink: Bool, into html: inout HTMLOutput) {
    let wasRenderingLink = isRenderingLink
    isRenderingLink = wasRenderingLink || inLink
    renderInlines(inlines, into: &html)
    isRenderingLink = wasRenderingLink
  }

  private mutating func renderInlines(
    _ inlines: [Inline], sanitizer: inout InlineHTMLSanitizer, into html: inout HTMLOutput
  ) {
    for inline in inlines {
      switch inline {
      case .text(let text): html.appendEscaped(text)
      case .softBreak: html += "\n"
      case .lineBreak: html += "<br>\n"
      case .code(let code):
        html += "<code>"
        html.appendEscaped(code)
        html += "</code>"
      case .html(let raw): html += sanitizer.sanitize(raw)
      case .emphasis(let children):
        html += "<em>"
        renderNestedInlines(children, inLink: sanitizer.isInLink, into: &html)
        html += "</em>"
      case .strong(let children):
        html += "<strong>"
        renderNestedInlines(children, inLink: sanitizer.isInLink, into: &html)
        html += "</strong>"
      case .link(let link):
        // A link inside a link (raw `<a>` around a Markdown link) is its text: HTML has no nested links.
        guard !isRenderingLink, !sanitizer.isInLink, let url = URLPolicy.safeURL(link.destination) else {
          renderNestedInlines(link.children, inLink: sanitizer.isInLink, into: &html)
          continue
        }
        html += "<a"
        Self.appendAttribute("href", URLPolicy.rewritingMarkdownLink(url), to: &html)
        if !link.title.isEmpty { Self.appendAttribute("title", link.title, to: &html) }
        html += ">"
        renderNestedInlines(link.children, inLink: true, into: &html)
        html += "</a>"
      case .image(let image):
        let alt = PlainText.render(image.children)
        guard let url = URLPolicy.safeURL(image.destination) else {
          html.appendEscaped(alt)
          continue
        }
        html += "<img"
        Self.appendAttribute("src", url, to: &html)
        Self.appendAttribute("alt", alt, to: &html)
        if !image.title.isEmpty { Self.appendAttribute("title", image.title, to: &html) }
        html += ">"
      case .xref(let xref):
        let resolved = context.xrefs?.resolve(xref)
        // Unresolved, its text or its uid stays in the page (validate and build report it).
        guard !isRenderingLink, !sanitizer.isInLink, let href = resolved?.href else {
          if xref.children.isEmpty {
            html.appendEscaped(resolved?.text ?? xref.fallbackText)
          } else {
            renderNestedInlines(xref.children, inLink: sanitizer.isInLink, into: &html)
          }
          continue
        }
        html += "<a"
        Self.appendAttribute("href", href, to: &html)
        html += ">"
        if xref.children.isEmpty {
          html.appendEscaped(resolved?.text ?? xref.uid)
        } else {
          renderNestedInlines(xref.children, inLink: true, into: &html)
        }
        html += "</a>"
      case .include(let include):
        var ignored = 0
        var rendered = HTMLOutput()
        renderInclude(include, into: &rendered, headingIndex: &ignored)
        // Inline, an included paragraph loses its <p>.
        html += rendered.string.replacingOccurrences(of: "<p>", with: "").replacingOccurrences(of: "</p>\n", with: " ")
      }
    }
  }
}
