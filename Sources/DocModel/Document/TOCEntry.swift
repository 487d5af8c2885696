/// One entry of a table of contents (`toc.yml` or `TOC.md`), as written: DocFX's `name`, `href`, `topicHref`
/// and nested `items`. Addresses are relative to the file the entry is written in.
public struct TOCEntry: Sendable, Hashable {
  public var name: String
  /// A page, a folder or another table of contents, or an address outside the docs; `nil` for a group.
  public var href: String?
  /// The page of an entry whose `href` names another table of contents or a folder.
  public var topicHref: String?
  public var items: [TOCEntry]
  /// Where the entry is written, 1-based.
  public var line: Int
  public var column: Int

  public init(
    name: String, href: String? = nil, topicHref: String? = nil, items: [TOCEntry] = [], line: Int = 0,
    column: Int = 0
  ) {
    self.name = name
    self.href = href
    self.topicHref = topicHref
    self.items = items
    self.line = line
    self.column = column
  }

  /// Whether `href` names another table of contents (`toc.yml`, `TOC.md`) or a folder (`…/`) of the docs,
  /// whose entries this entry holds.
  public var referencesTableOfContents: Bool {
    guard let href, !href.contains("://") else { return false }
    let path = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
    return path.hasSuffix("/") || name == "toc.yml" || name == "toc.md"
  }
}
