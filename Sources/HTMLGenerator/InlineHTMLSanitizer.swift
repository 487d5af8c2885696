import DocModel

/// Lets the text-level part of ``HTMLAllowlist`` that docs write inline through, and escapes the rest as
/// text.
///
/// Passing: `<br>`, `<a>` with `id`, `name` (as `id`), a safe `href` and `title`, `<img>` with a safe `src`
/// (``HTMLAllowlist/attributes(of:ids:)``), and attribute-free `<b>`, `<strong>`, `<i>`, `<em>`, `<u>`,
/// `<s>`, `<sub>`, `<sup>`, `<code>`, `<kbd>`, `<span>`: the formatting translated docs use. `<p>` and
/// `<li>`, which docs use to break lines inside table cells, become `<br>`; `<ul>`, `<ol>` and closing
/// `</li>`, `</p>` are dropped; comments are dropped. Every other tag, and any tag that cannot be read, is
/// shown as text. Tags are kept balanced: stray closers are dropped, a link inside a link ends the first,
/// and ``finish()`` closes what is still open, so the output always nests.
struct InlineHTMLSanitizer {
  static let formattingTags: Set<String> = [
    "b", "strong", "i", "em", "u", "s", "sub", "sup", "code", "kbd", "span", "a",
  ]
  static let lineBreakTags: Set<String> = ["p", "li"]
  static let droppedTags: Set<String> = ["ul", "ol"]

  private var open: [String] = []
  /// Ids already used on the page, so that anchors stay unique.
  private var usedIDs: IDRegistry

  /// Whether the HTML is inside a Markdown link, where a raw link's tags are left out.
  private let isInsideLink: Bool

  init(usedIDs: IDRegistry, insideLink: Bool = false) {
    self.usedIDs = usedIDs
    isInsideLink = insideLink
  }

  /// Whether a link is open here: a Markdown link met now is shown as its text.
  var isInLink: Bool { isInsideLink || open.contains("a") }

  /// The HTML to emit for one raw HTML fragment.
  mutating func sanitize(_ raw: String) -> String {
    // Line breaks are most of the raw HTML in table cells: `<br>`, `<br/>`, `<br />`.
    if Self.isLineBreak(raw.utf8) { return "<br>" }
    let trimmed = raw.trimming { " \t\n\r".contains($0) }
    var scanner = RawHTMLScanner(trimmed)
    let token = scanner.next()
    guard scanner.next() == nil, let token else { return HTMLEscaping.escape(raw) }
    guard case .tag(let tag, _) = token else {
      return token == .ignored ? "" : HTMLEscaping.escape(raw)
    }
    if tag.isClosing {
      if tag.name == "a", isInsideLink { return "" }
      if Self.lineBreakTags.contains(tag.name) || Self.droppedTags.contains(tag.name) { return "" }
      guard Self.formattingTags.contains(tag.name), let index = open.lastIndex(of: tag.name) else {
        return Self.formattingTags.contains(tag.name) ? "" : HTMLEscaping.escape(raw)
      }
      return close(from: index)
    }
    if tag.name == "br" { return "<br>" }
    if Self.lineBreakTags.contains(tag.name) { return "<br>" }
    if Self.droppedTags.contains(tag.name) { return "" }
    if tag.name == "img" {
      guard let attributes = HTMLAllowlist.attributes(of: tag, ids: usedIDs) else {
        return HTMLEscaping.escape(tag.value("alt") ?? "")
      }
      return "<img\(attributes)>"
    }
    guard Self.formattingTags.contains(tag.name) else { return HTMLEscaping.escape(raw) }
    if tag.name == "a", isInsideLink { return "" }
    var html = ""
    if tag.name == "a", let index = open.lastIndex(of: "a") { html += close(from: index) }
    // Past the nesting bound a tag is left out, its text kept.
    guard tag.isSelfClosing || open.count < HTMLAllowlist.maximumNesting else { return html }
    html += "<\(tag.name)"
    if tag.name == "a" { html += HTMLAllowlist.attributes(of: tag, ids: usedIDs) ?? "" }
    html += ">"
    if tag.isSelfClosing { return html + "</\(tag.name)>" }
    open.append(tag.name)
    return html
  }

  /// The end tags of the open tags from `index` on, now closed.
  private mutating func close(from index: Int) -> String {
    let closing = open[index...].reversed().map { "</\($0)>" }.joined()
    open.removeSubrange(index...)
    return closing
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
}

/// The ids of one page: unique, and made only of characters safe everywhere.
final class IDRegistry {
  private var used: Set<String> = []

  /// The id if it is still free (now taken), else `nil`.
  func claim(_ id: String) -> String? {
    guard !id.isEmpty, used.insert(id).inserted else { return nil }
    return id
  }

  /// Every id taken so far.
  var taken: Set<String> { used }

  /// Makes room for `count` more ids at once, instead of growing as they come.
  func reserve(_ count: Int) {
    used.reserveCapacity(used.count + count)
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
    // An ASCII id, nearly every one, is read on bytes, where letters and digits are A-Z, a-z and 0-9; most
    // are kept whole.
    var id = id
    if id.withUTF8({ $0.allSatisfy(isKeptASCII) }) { return id }
    if id.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: id.utf8.filter(isKeptASCII), as: UTF8.self) }
    return String(id.filter { $0.isLetter || $0.isNumber || "-_.:".contains($0) })
  }

  private static func isKeptASCII(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
      true
    default: false
    }
  }
}
