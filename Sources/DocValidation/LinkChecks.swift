import DocModel
import DocParser
import Foundation

/// Relative links must reach an existing page (``LinkMissingPage``), and their `#fragment` one of its
/// headings or anchors (``LinkMissingAnchor``): both rules' findings, in one walk over every page's links.
struct LinkChecks {
  let docSet: DocSet
  /// Each page's links and anchors, by path, when they were taken as the pages were read (their blocks then
  /// let go of); otherwise they are found in the pages' documents.
  var pageLinks: [String: PageLinks]?

  /// A link and where its block (or table cell) is.
  struct Link: Sendable {
    var destination: String
    var range: SourceRange?
  }

  func check() -> [Diagnostic] {
    let anchors = ConcurrentMemo<String, Set<String>>()
    let external = docSet.configuration.externalPages.map(GlobPattern.init)
    // Pages are checked on every core; the anchors of a linked page are found once.
    return ConcurrentMap.map(docSet.pages) { check($0, external: external, anchors: anchors) }.flatMap { $0 }
  }

  private func check(
    _ page: DocSet.Page, external: [GlobPattern], anchors memo: ConcurrentMemo<String, Set<String>>
  ) -> [Diagnostic] {
    // The anchors of a linked page, found once whichever thread asks first.
    func anchors(ofPageAt path: String) -> Set<String> {
      if let known = pageLinks?[path] { return known.anchors }
      return memo.value(for: path) { docSet.page(atPath: path).map { Anchors.of($0.document) } ?? [] }.value
    }
    var diagnostics: [Diagnostic] = []
    let file = docSet.displayPath(page)
    let folder = Self.folder(ofPagePath: page.path)
    // Most links are fine: the pattern match and the position are only worked out for a finding.
    func isExternal(_ path: String) -> Bool {
      let name = String(Self.lastPathComponent(path))
      return external.contains(where: { $0.matches(path) || $0.matches(name) })
    }
    func onDisk(_ path: String) -> Bool { FileManager.default.fileExists(atPath: docSet.root + "/" + path) }
    func report(_ rule: any DiagnosticRule.Type, _ message: String, _ link: Link) {
      let (line, column) = position(of: link.destination, near: link.range, in: page)
      diagnostics.append(rule.finding(message, file: file, line: line, column: column))
    }
    for link in pageLinks?[page.path]?.links ?? Self.links(in: page.document) {
      let destination = link.destination
      guard !destination.isEmpty, !Self.hasScheme(destination), !destination.hasPrefix("/") else { continue }
      let parts = Self.pathAndFragment(of: destination)
      let pathPart = Self.removingPercentEncoding(parts.path)
      let fragment = parts.fragment.map(String.init)

      // The linked page, by path: copying a page's value for each link would cost more than the check.
      var target: String? = page.path
      var pathOnly: String?
      if !pathPart.isEmpty {
        let path = Self.pathBeforeQuery(pathPart)
        guard Self.isMarkdownPath(path) else { continue }
        pathOnly = path
        let resolved = Self.standardized(folder.isEmpty ? path : folder + "/" + path)
        target = docSet.hasPage(atPath: resolved) ? resolved : nil
        if target == nil {
          if docSet.configuration.isExplicit, !isExternal(path), !onDisk(resolved) {
            report(LinkMissingPage.self, LinkMissingPage.missing(path), link)
          }
          continue
        }
      }
      if let fragment, !fragment.isEmpty, let target, case let offered = anchors(ofPageAt: target),
        !offered.contains(fragment), !offered.contains(fragment.lowercased())
      {
        guard !(pathOnly.map(isExternal) ?? false) else { continue }
        let targetName = target == page.path ? "this page" : "'\(pathPart)'"
        report(LinkMissingAnchor.self, LinkMissingAnchor.missing(fragment, target: targetName), link)
      }
    }
    return diagnostics
  }

  // Destinations are read by characters, as written: an ASCII one, nearly every one, has one character a
  // byte and is read on bytes.

  /// The text before the first `#` character, and the text after it, if any.
  static func pathAndFragment(of destination: String) -> (path: Substring, fragment: Substring?) {
    let utf8 = destination.utf8
    if destination.isASCII {
      guard let hash = utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination[...], nil) }
      return (destination[..<hash], destination[utf8.index(after: hash)...])
    }
    let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    return (parts[0], parts.count > 1 ? parts[1] : nil)
  }

  /// The first nonempty text between `?` characters, or the whole path when there is none.
  static func pathBeforeQuery(_ path: String) -> String {
    let utf8 = path.utf8
    guard utf8.contains(UInt8(ascii: "?")) else { return path }
    if path.isASCII {
      var start = utf8.startIndex
      while start < utf8.endIndex {
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "?")) ?? utf8.endIndex
        if end > start { return String(path[start..<end]) }
        start = utf8.index(after: end)
      }
      return path
    }
    return path.split(separator: "?").first.map(String.init) ?? path
  }

  /// The text after the last `/` of a Markdown path (which ends in `.md`, not in `/`): its file name, as
  /// `NSString.lastPathComponent` gives it.
  static func lastPathComponent(_ path: String) -> Substring {
    if path.isASCII {
      guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path[...] }
      return path[path.utf8.index(after: slash)...]
    }
    // A `/` with a mark after it is another character.
    guard let slash = path.lastIndex(of: "/") else { return path[...] }
    return path[path.index(after: slash)...]
  }

  /// The folder of a page's path, relative to the docs folder: the text before its last `/`, or empty. A
  /// page's path is folder names and a file name joined by single slashes, so this is what
  /// `NSString.deletingLastPathComponent` gives, without bridging a string for every page.
  static func folder(ofPagePath path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return String(path[..<slash])
  }

  /// Whether the path's last characters are `.md`.
  static func isMarkdownPath(_ path: String) -> Bool {
    let utf8 = path.utf8
    if path.isASCII { return utf8.count >= 3 && utf8.suffix(3).elementsEqual(".md".utf8) }
    return path.hasSuffix(".md")
  }

  /// `%XX` escapes decoded, when the text has any (and they decode to UTF-8).
  private static func removingPercentEncoding(_ text: Substring) -> String {
    let string = String(text)
    guard text.utf8.contains(UInt8(ascii: "%")) else { return string }
    return string.removingPercentEncoding ?? string
  }

  /// The path with `//` and `.` components reduced (and `~` expanded) as Foundation's `standardizingPath`
  /// does; paths without them, nearly all links, are returned as they are.
  private static func standardized(_ path: String) -> String {
    guard path.utf8.first == UInt8(ascii: "~") || path.containsBytes(of: "//") || path.containsBytes(of: "./") else {
      return path
    }
    return (path as NSString).standardizingPath
  }

  /// Where the destination is written, searched in the lines of the block that holds the link.
  private func position(of destination: String, near range: SourceRange?, in page: DocSet.Page) -> (Int, Int) {
    guard let range else { return (0, 0) }
    for number in range.start.line...max(range.start.line, range.end.line) {
      let text = page.line(number)
      let plain = text.utf8Offset(of: "](" + destination)
      if let found = plain ?? text.utf8Offset(of: "](<" + destination) {
        // The column of the destination in characters, after '](' (and '<').
        let before = String(decoding: text.utf8.prefix(found), as: UTF8.self).count
        return (number, before + (plain == nil ? 4 : 3))
      }
    }
    return (range.start.line, 1)
  }

  /// Whether the destination starts with a URI scheme (`https:`, `mailto:`): letters, digits, `+`, `-`
  /// or `.` before the first `:` character.
  static func hasScheme(_ destination: String) -> Bool {
    let utf8 = destination.utf8
    guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
    // ASCII around the colon, the usual case, is decided on bytes.
    let after = utf8.index(after: colon)
    let scheme = utf8[..<colon]
    if (after == utf8.endIndex || utf8[after] < 0x80) && destination[..<colon].isASCII {
      return !scheme.isEmpty
        && scheme.allSatisfy { byte in
          switch byte {
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            true
          default: false
          }
        }
    }
    // Otherwise by characters: a mark after the colon makes it another character.
    guard let characterColon = destination.firstIndex(of: ":") else { return false }
    let characters = destination[..<characterColon]
    return !characters.isEmpty && characters.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
  }

  /// Every link of a page with the range of its block or cell.
  static func links(in document: Document) -> [Link] {
    var links: [Link] = []
    func collect(_ inlines: [Inline], _ range: SourceRange?) {
      for inline in inlines {
        switch inline {
        case .link(let link):
          links.append(Link(destination: link.destination, range: range))
          collect(link.children, range)
        case .emphasis(let children), .strong(let children): collect(children, range)
        default: break
        }
      }
    }
    document.forEachBlock { block in
      switch block {
      case .paragraph(let paragraph): collect(paragraph.inlines, paragraph.range)
      case .heading(let heading): collect(heading.inlines, heading.range)
      case .table(let table):
        table.forEachCell { collect($0.inlines, $0.range) }
      default: break
      }
    }
    return links
  }
}
