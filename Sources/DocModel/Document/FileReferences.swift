/// The local files a page shows or links to: its images, its links to files that are not pages, and the
/// files its DocFX constructs show. The site publishes them beside the page.
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
        default: break
        }
      }
    }
    document.forEachBlock { block in
      switch block {
      case .paragraph(let paragraph): visit(paragraph.inlines, paragraph.range)
      case .heading(let heading): visit(heading.inlines, heading.range)
      case .table(let table): table.forEachCell { visit($0.inlines, $0.range ?? table.range) }
      case .docfx(let docfx):
        for file in docfx.construct.files { add(file, isImage: true, docfx.range) }
      default: break
      }
    }
    return found
  }

  /// The path part of a relative address (no scheme, not absolute, not only a fragment), or `nil`.
  static func localPath(_ address: String) -> String? {
    let trimmed = address.drop { $0 == " " || $0 == "\t" }
    guard let first = trimmed.first, first != "/", first != "#", first != "?" else { return nil }
    let path = trimmed.prefix { $0 != "#" && $0 != "?" }
    // A colon before any slash is a scheme's (`https:`, `mailto:`, `javascript:`).
    if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return nil }
    guard !path.isEmpty else { return nil }
    return String(path)
  }

  /// Whether a link's path names a file that is not a page: its last part has an extension, not `.md`.
  static func isFileLink(_ path: String) -> Bool {
    guard let name = path.split(separator: "/", omittingEmptySubsequences: false).last,
      let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex
    else { return false }
    return name[name.index(after: dot)...].lowercased() != "md"
  }
}
