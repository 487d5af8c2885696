public import DocModel
public import DocParser

/// Something a command takes from each page as the pass parses it: catalog rows, site pages, validation
/// facts. A command is the set of consumers it hands the pass (see ``PagePass``); each keeps what it takes,
/// by the page's place in the pass, and the page is let go of once every consumer has had it.
public protocol PageConsumer: AnyObject, Sendable {
  /// Whether the table cells of this page must keep their Markdown for this consumer (only catalog rows
  /// read it, and keeping it costs memory).
  func needsCellMarkdown(_ file: PageFile) -> Bool
  /// Takes what it needs of a page; called once per page, from any thread.
  func consume(_ page: PassPage)
}

extension PageConsumer {
  public func needsCellMarkdown(_ file: PageFile) -> Bool { false }
}

public typealias PageFile = DocSetReader.PageFile

/// A page as the pass hands it to the consumers: parsed once.
public struct PassPage: Sendable {
  /// The page's place in the pass's order (pages sorted by path).
  public var index: Int
  public var locale: String
  /// The path inside the locale folder, such as `errors.md`.
  public var localPath: String
  /// The path relative to the docs folder, such as `ja-JP/errors.md`.
  public var path: String
  /// The path the page was read from, as diagnostics show it.
  public var displayPath: String
  public var parsed: ParsedPage

  public var document: Document { parsed.document }
}
