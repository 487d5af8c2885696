public import DocModel

/// A docs folder, read: its configuration and every page of every locale, parsed.
public struct DocSet: Sendable {
  /// The docs folder, as given.
  public var root: String
  public var configuration: Configuration
  /// Pages sorted by path.
  public let pages: [Page]
  /// Page indexes by path, and by locale then local path.
  private let indexByPath: [String: Int]
  private let indexByLocale: [String: [String: Int]]
  /// The files pages include, parsed, keyed by their path relative to the docs folder.
  public var includes: [String: Document]
  public var diagnostics: [Diagnostic]
  /// The targets of the configuration's xrefmaps (``XrefMapLoader``); the pages' own uids are not in it.
  public var xrefMap = XrefMap()

  /// A page of one locale.
  public struct Page: Sendable {
    public var locale: String
    /// The path inside the locale folder, such as `troubleshooting.md`.
    public var localPath: String
    /// The path relative to the docs folder, such as `ja-JP/troubleshooting.md`.
    public var path: String
    public var document: Document
    /// The page's text as parsed, with its line table: kept, or let go of and read again when asked for
    /// (see ``releaseText(file:)``).
    private var storedText: StoredText
    private enum StoredText {
      case kept(SourceText)
      case released(ReleasedPageText)
    }

    var text: SourceText {
      switch storedText {
      case .kept(let text): text
      case .released(let released): released.text
      }
    }

    public init(locale: String, localPath: String, path: String, document: Document, source: [UInt8] = []) {
      self.init(locale: locale, localPath: localPath, path: path, document: document, text: SourceText(bytes: source))
    }

    /// A page from what the parser made of it, its text kept.
    public init(locale: String, localPath: String, path: String, parsed: ParsedPage) {
      self.init(locale: locale, localPath: localPath, path: path, document: parsed.document, text: parsed.text)
    }

    init(locale: String, localPath: String, path: String, document: Document, text: SourceText) {
      self.locale = locale
      self.localPath = localPath
      self.path = path
      self.document = document
      storedText = .kept(text)
    }

    /// Lets the page's text go: its lines are read again from `file`, the path the page was read from, when
    /// asked for (and only if the file still holds the same text). A reader that needs lines only for a
    /// few findings, as validation does, keeps less in memory this way.
    public mutating func releaseText(file: String) {
      storedText = .released(ReleasedPageText(text, file: file))
    }

    /// The page's text as parsed.
    public var source: [UInt8] { text.bytes }

    /// The text of a 1-based line, line ending excluded (empty past the end).
    public func line(_ number: Int) -> String {
      text.lineText(number)
    }

    /// The page's id: its local path without `.md`, the same in every locale.
    public var id: String {
      localPath.hasSuffix(".md") ? String(localPath.dropLast(3)) : localPath
    }
  }

  public init(
    root: String, configuration: Configuration, pages: [Page], includes: [String: Document] = [:],
    diagnostics: [Diagnostic]
  ) {
    self.root = root
    self.configuration = configuration
    self.pages = pages
    self.includes = includes
    self.diagnostics = diagnostics
    var byPath: [String: Int] = [:]
    var byLocale: [String: [String: Int]] = [:]
    for (index, page) in pages.enumerated() {
      if byPath[page.path] == nil { byPath[page.path] = index }
      if byLocale[page.locale]?[page.localPath] == nil { byLocale[page.locale, default: [:]][page.localPath] = index }
    }
    indexByPath = byPath
    indexByLocale = byLocale
  }

  /// A page's path as diagnostics show it: the docs folder joined with the page's path.
  public func displayPath(_ page: Page) -> String {
    Self.displayPath(page.path, root: root)
  }

  /// A path relative to the docs folder `root` as diagnostics show it, and as files are opened.
  public static func displayPath(_ path: String, root: String) -> String {
    join(root, path)
  }

  /// The page at a path relative to the docs folder.
  public func page(atPath path: String) -> Page? {
    indexByPath[path].map { pages[$0] }
  }

  /// Whether a page has this path relative to the docs folder.
  public func hasPage(atPath path: String) -> Bool {
    indexByPath[path] != nil
  }

  /// The page at `localPath` in `locale`, if the locale has it.
  public func page(_ localPath: String, locale: String) -> Page? {
    indexByLocale[locale]?[localPath].map { pages[$0] }
  }
}
