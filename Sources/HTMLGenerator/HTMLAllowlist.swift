import DocModel

/// The raw HTML elements a page may use, where each may stand and the attributes each keeps: the one list
/// raw HTML goes through, in blocks (``RawHTMLTree``) and inline (``InlineHTMLSanitizer``).
///
/// No element that runs script, loads a page or styles one is in it, and no attribute but those below: no
/// `style`, no `on…` handler, no address but `a href` and `img src`, both held to ``URLPolicy``.
enum HTMLAllowlist {
  /// Text-level elements, which carry no attribute but those of `a` and `img`.
  static let phrasing: Set<String> = [
    "a", "b", "strong", "i", "em", "u", "s", "sub", "sup", "code", "kbd", "span", "br", "img",
  ]
  /// Elements holding only text-level content.
  static let phrasingContainers: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"]
  /// Elements holding blocks as well as text.
  static let flowContainers: Set<String> = ["div", "li", "dt", "dd", "td", "th", "caption"]
  /// Elements that stand only inside a table.
  static let tableParts: Set<String> = ["caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th"]
  /// Elements with no content and no end tag.
  static let void: Set<String> = ["br", "img", "hr", "col"]
  static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
  /// Block elements that keep `id` and `class`.
  static let blocks: Set<String> = phrasingContainers.union(flowContainers).union(tableParts).union([
    "ul", "ol", "dl", "hr", "table",
  ])

  /// The most raw HTML elements open inside each other; a start tag deeper is left out (its content kept),
  /// so that no end tag looks through more than this many.
  static let maximumNesting = 32

  static func isAllowed(_ name: String) -> Bool { phrasing.contains(name) || blocks.contains(name) }

  /// Whether `name` may stand among blocks (a list item or a table part may not).
  static func isFlow(_ name: String) -> Bool {
    isAllowed(name) && !tableParts.contains(name) && name != "li" && name != "dt" && name != "dd"
  }

  /// Whether `parent` (`nil`: the container the HTML is in, which takes blocks) may hold text.
  static func acceptsText(_ parent: String?) -> Bool {
    guard let parent else { return true }
    return phrasing.contains(parent) || phrasingContainers.contains(parent) || flowContainers.contains(parent)
  }

  /// Whether `parent` (`nil`: the container the HTML is in) may hold `child` as HTML5 allows.
  static func accepts(_ parent: String?, _ child: String) -> Bool {
    guard let parent else { return isFlow(child) }
    if flowContainers.contains(parent) {
      return isFlow(child) && !(parent == "dt" && headings.contains(child))
        && !(parent == "caption" && child == "table")
    }
    if phrasing.contains(parent) || phrasingContainers.contains(parent) {
      return phrasing.contains(child) && !(parent == "a" && child == "a")
    }
    switch parent {
    case "ul", "ol": return child == "li"
    case "dl": return child == "dt" || child == "dd"
    case "table": return ["caption", "colgroup", "thead", "tbody", "tfoot"].contains(child)
    case "colgroup": return child == "col"
    case "thead", "tbody", "tfoot": return child == "tr"
    case "tr": return child == "td" || child == "th"
    default: return false
    }
  }

  /// The attributes `tag` keeps, written ` name="value"` with values escaped; `nil` for an `img` without a
  /// safe `src`, which is no image.
  static func attributes(of tag: RawHTMLScanner.Tag, ids: IDRegistry) -> String? {
    var html = ""
    func add(_ name: String, _ value: String) {
      html += " \(name)=\"\(HTMLEscaping.escape(value))\""
    }
    func addID(_ raw: String?) {
      if let raw, let id = ids.claim(IDRegistry.clean(raw)) { add("id", id) }
    }
    switch tag.name {
    case "a":
      addID(tag.value("id") ?? tag.value("name"))
      if let href = tag.value("href"), let safe = URLPolicy.safeURL(href) {
        add("href", URLPolicy.rewritingMarkdownLink(safe))
      }
      if let title = tag.value("title") { add("title", title) }
    case "img":
      guard let src = tag.value("src"), !src.isEmpty, let safe = URLPolicy.safeURL(src) else { return nil }
      add("src", safe)
      add("alt", tag.value("alt") ?? "")
      if let title = tag.value("title") { add("title", title) }
      for name in ["width", "height"] {
        if let value = tag.value(name), let number = count(value, in: 0...99_999) { add(name, String(number)) }
      }
    default:
      guard blocks.contains(tag.name) else { return "" }
      addID(tag.value("id"))
      var classes = (tag.value("class") ?? "").split(whereSeparator: \.isWhitespace).map {
        IDRegistry.clean(String($0))
      }
      // `align` on a cell is obsolete in HTML5: it becomes the class GFM tables use for it.
      if tag.name == "td" || tag.name == "th",
        let align = tag.value("align")?.lowercased(), ["left", "center", "right"].contains(align)
      {
        classes.append("align-" + align)
      }
      classes = classes.filter { !$0.isEmpty }
      if !classes.isEmpty { add("class", classes.joined(separator: " ")) }
      switch tag.name {
      case "td", "th":
        if let value = tag.value("colspan"), let span = count(value, in: 1...1000) { add("colspan", String(span)) }
        if let value = tag.value("rowspan"), let span = count(value, in: 0...65_534) { add("rowspan", String(span)) }
        if tag.name == "th", let scope = tag.value("scope")?.lowercased(),
          ["row", "col", "rowgroup", "colgroup"].contains(scope)
        {
          add("scope", scope)
        }
      case "col", "colgroup":
        if let value = tag.value("span"), let span = count(value, in: 1...1000) { add("span", String(span)) }
      default: break
      }
    }
    return html
  }

  /// A whole number written in ASCII digits (spaces around allowed), if it lies in `range`.
  private static func count(_ text: String, in range: ClosedRange<Int>) -> Int? {
    let digits = text.trimming { $0 == " " }
    guard !digits.isEmpty, digits.count <= 6, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let number = Int(digits), range.contains(number)
    else { return nil }
    return number
  }
}
