/// Lets an allowlist of the raw HTML that docs write inline through, and escapes the rest as text.
///
/// Passing: `<br>`, `<a>` with `id`, `name` (as `id`) and a safe `href`, and attribute-free `<b>`, `<strong>`,
/// `<i>`, `<em>`, `<u>`, `<s>`, `<sub>`, `<sup>`, `<code>`, `<kbd>`, `<span>`: the formatting translated docs
/// use. `<p>` and `<li>`, which docs use to break lines inside table cells, become `<br>`; `<ul>`, `<ol>`
/// and closing `</li>`, `</p>` are dropped; comments are dropped. Every other tag, and any tag that cannot
/// be read, is shown as text. Tags are kept balanced: stray closers are dropped and ``finish()`` closes
/// what is still open, so the output always nests.
struct InlineHTMLSanitizer {
  static let formattingTags: Set<String> = [
    "b", "strong", "i", "em", "u", "s", "sub", "sup", "code", "kbd", "span", "a",
  ]
  static let lineBreakTags: Set<String> = ["p", "li"]
  static let droppedTags: Set<String> = ["ul", "ol"]

  private var open: [String] = []
  /// Ids already used on the page, so that anchors stay unique.
  private var usedIDs: IDRegistry

  init(usedIDs: IDRegistry) {
    self.usedIDs = usedIDs
  }

  /// The HTML to emit for one raw HTML fragment.
  mutating func sanitize(_ raw: String) -> String {
    // Line breaks are most of the raw HTML in table cells: `<br>`, `<br/>`, `<br />`.
    if Self.isLineBreak(raw.utf8) { return "<br>" }
    let trimmed = String(raw.trimming { " \t\n\r".contains($0) })
    if trimmed.hasPrefix("<!--") || trimmed.hasPrefix("<?") || trimmed.hasPrefix("<!") { return "" }
    guard let tag = Tag(trimmed) else { return HTMLEscaping.escape(raw) }
    if tag.isClosing {
      if Self.lineBreakTags.contains(tag.name) || Self.droppedTags.contains(tag.name) { return "" }
      guard Self.formattingTags.contains(tag.name), let index = open.lastIndex(of: tag.name) else {
        return Self.formattingTags.contains(tag.name) ? "" : HTMLEscaping.escape(raw)
      }
      let closing = open[index...].reversed().map { "</\($0)>" }.joined()
      open.removeSubrange(index...)
      return closing
    }
    if tag.name == "br" { return "<br>" }
    if Self.lineBreakTags.contains(tag.name) { return "<br>" }
    if Self.droppedTags.contains(tag.name) { return "" }
    guard Self.formattingTags.contains(tag.name) else { return HTMLEscaping.escape(raw) }
    var html = "<\(tag.name)"
    if tag.name == "a" {
      if let id = tag.attributes["id"] ?? tag.attributes["name"], let unique = usedIDs.claim(IDRegistry.clean(id)) {
        html += " id=\"\(HTMLEscaping.escape(unique))\""
      }
      if let href = tag.attributes["href"].map(HTMLEscaping.decodeReferences), let safe = URLPolicy.safeURL(href) {
        html += " href=\"\(HTMLEscaping.escape(URLPolicy.rewritingMarkdownLink(safe)))\""
      }
    }
    html += ">"
    if tag.isSelfClosing { return html + "</\(tag.name)>" }
    open.append(tag.name)
    return html
  }

  /// Whether `bytes` are `<br>`, `<br/>` or `<br />`, in any case.
  private static func isLineBreak(_ bytes: String.UTF8View) -> Bool {
    var iterator = bytes.makeIterator()
    guard iterator.next() == UInt8(ascii: "<"), iterator.next().map({ $0 | 0x20 }) == UInt8(ascii: "b"),
      iterator.next().map({ $0 | 0x20 }) == UInt8(ascii: "r")
    else { return false }
    var next = iterator.next()
    if next == UInt8(ascii: " ") { next = iterator.next() }
    if next == UInt8(ascii: "/") { next = iterator.next() }
    return next == UInt8(ascii: ">") && iterator.next() == nil
  }

  /// Closes the tags still open.
  mutating func finish() -> String {
    guard !open.isEmpty else { return "" }
    defer { open.removeAll() }
    return open.reversed().map { "</\($0)>" }.joined()
  }

  /// One HTML tag, read leniently.
  struct Tag {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var attributes: [String: String] = [:]

    init?(_ text: String) {
      guard text.hasPrefix("<"), text.hasSuffix(">"), text.count >= 3 else { return nil }
      var body = Substring(text.dropFirst().dropLast())
      isClosing = body.hasPrefix("/")
      if isClosing { body = body.dropFirst() }
      isSelfClosing = body.hasSuffix("/")
      if isSelfClosing { body = body.dropLast() }
      let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
      guard let first = name.first, first.isLetter else { return nil }
      self.name = name.lowercased()
      var rest = body.dropFirst(name.count)
      while true {
        rest = rest.drop { $0.isWhitespace }
        guard !rest.isEmpty else { break }
        let attribute = rest.prefix { !$0.isWhitespace && $0 != "=" }
        guard !attribute.isEmpty else { return nil }
        rest = rest.dropFirst(attribute.count).drop { $0.isWhitespace }
        var value = ""
        if rest.first == "=" {
          rest = rest.dropFirst().drop { $0.isWhitespace }
          if let quote = rest.first, quote == "\"" || quote == "'" {
            let inner = rest.dropFirst()
            guard let close = inner.firstIndex(of: quote) else { return nil }
            value = String(inner[..<close])
            rest = inner[inner.index(after: close)...]
          } else {
            let bare = rest.prefix { !$0.isWhitespace }
            value = String(bare)
            rest = rest.dropFirst(bare.count)
          }
        }
        attributes[attribute.lowercased()] = value
      }
    }
  }
}

/// The ids of one page: unique, and made only of characters safe everywhere.
final class IDRegistry {
  private var used: Set<String> = []

  /// The id if it is still free (now taken), else `nil`.
  func claim(_ id: String) -> String? {
    guard !id.isEmpty, !used.contains(id) else { return nil }
    used.insert(id)
    return id
  }

  /// `base`, or `base-1`, `base-2` ... : the first one free, now taken.
  func unique(_ base: String) -> String {
    let base = base.isEmpty ? "section" : base
    if let id = claim(base) { return id }
    var counter = 1
    while true {
      if let id = claim("\(base)-\(counter)") { return id }
      counter += 1
    }
  }

  /// Letters, digits, `-`, `_`, `.` and `:` only.
  static func clean(_ id: String) -> String {
    // An ASCII id, nearly every one, is read on bytes, where letters and digits are A-Z, a-z and 0-9 (make
    // bench, 2026-12-06: reading every id by characters cost 1.4% of the typical build).
    if id.utf8.allSatisfy({ $0 < 0x80 }) {
      let kept = id.utf8.filter {
        switch $0 {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
          UInt8(ascii: ":"):
          true
        default: false
        }
      }
      return kept.count == id.utf8.count ? id : String(decoding: kept, as: UTF8.self)
    }
    return String(id.filter { $0.isLetter || $0.isNumber || "-_.:".contains($0) })
  }
}
