/// The local files a page shows or links to: its images, its links to files that are not pages (those of
/// raw HTML, `<img src>` and `<a href>`, too), and the files its DocFX constructs show. The site publishes
/// them beside the page.
public enum FileReferences {
  /// One address written in the page, and the range of its block (or table cell).
  public struct Reference: Sendable, Hashable {
    /// The file's path relative to the page's folder, `%XX` escapes as written, query and fragment cut.
    public var path: String
    public var range: SourceRange?
  }

  /// The page's references to local files, in document order; includes are not followed (their own
  /// addresses are relative to them).
  public static func of(_ document: Document) -> [Reference] {
    var found: [Reference] = []
    func add(_ address: String, isImage: Bool, _ range: SourceRange?) {
      guard let path = localPath(address), isImage || isFileLink(path) else { return }
      found.append(Reference(path: path, range: range))
    }
    func visit(_ inlines: [Inline], _ range: SourceRange?) {
      for inline in inlines {
        switch inline {
        case .image(let image):
          add(image.destination, isImage: true, range)
          visit(image.children, range)
        case .link(let link):
          add(link.destination, isImage: false, range)
          visit(link.children, range)
        case .emphasis(let children), .strong(let children): visit(children, range)
        case .html(let raw): visitHTML(raw, range)
        default: break
        }
      }
    }
    func visitHTML(_ html: String, _ range: SourceRange?) {
      for case .tag(let tag, _) in RawHTMLScanner(html) where !tag.isClosing {
        if tag.name == "img", let source = tag.value("src") {
          add(source, isImage: true, range)
        } else if tag.name == "a", let href = tag.value("href") {
          add(href, isImage: false, range)
        }
      }
    }
    document.forEachBlock { block in
      switch block {
      case .paragraph(let paragraph): visit(paragraph.inlines, paragraph.range)
      case .heading(let heading): visit(heading.inlines, heading.range)
      case .table(let table): table.forEachCell { visit($0.inlines, $0.range ?? table.range) }
      case .htmlBlock(let html): visitHTML(html.html, html.range)
      case .docfx(let docfx):
        for file in docfx.construct.files { add(file, isImage: true, docfx.range) }
      default: break
      }
    }
    return found
  }

  /// The path part of a relative address (no scheme, not absolute, not only a fragment), or `nil`.
  static func localPath(_ address: String) -> String? {
    // Read as bytes: every page's every link comes here, and the delimiters are ASCII.
    let bytes = address.utf8
    var start = bytes.startIndex
    while start < bytes.endIndex, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") {
      start = bytes.index(after: start)
    }
    guard start < bytes.endIndex else { return nil }
    let first = bytes[start]
    guard first != UInt8(ascii: "/"), first != UInt8(ascii: "#"), first != UInt8(ascii: "?") else { return nil }
    var end = start
    var sawSlash = false
    while end < bytes.endIndex {
      let byte = bytes[end]
      if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "?") { break }
      // A colon before any slash is a scheme's (`https:`, `mailto:`, `javascript:`).
      if byte == UInt8(ascii: ":") && !sawSlash { return nil }
      if byte == UInt8(ascii: "/") { sawSlash = true }
      end = bytes.index(after: end)
    }
    guard start < end else { return nil }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// Whether a link's path names a file that is not a page: its last part has an extension, not `.md`.
  static func isFileLink(_ path: String) -> Bool {
    let bytes = path.utf8
    var nameStart = bytes.startIndex
    var dot: String.Index?
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      let next = bytes.index(after: index)
      if byte == UInt8(ascii: "/") {
        nameStart = next
        dot = nil
      } else if byte == UInt8(ascii: ".") {
        dot = index
      }
      index = next
    }
    guard let dot, dot != nameStart else { return false }
    let extensionStart = bytes.index(after: dot)
    guard extensionStart != bytes.endIndex else { return false }
    let suffix = bytes[extensionStart...]
    guard suffix.count == 2 else { return true }
    return !(suffix.first! | 0x20 == UInt8(ascii: "m") && suffix.last! | 0x20 == UInt8(ascii: "d"))
  }
}
