public import DocModel
import Foundation

/// A parsed page and what was found wrong with it.
public struct ParsedPage: Sendable {
  public var document: Document
  public var diagnostics: [Diagnostic]
  /// The page's text as parsed, with its line table.
  let text: SourceText
  /// The files the page's code snippets named (relative to the page's folder), whether found or not: what
  /// the page's document and findings depend on besides its own bytes and its includes.
  public var snippetFiles: [String] = []
  /// Whether the page's text may make an xref (``XrefUse/mayHold(_:)``), found as it was parsed, while its
  /// bytes were at hand.
  public let mayHoldXrefs: Bool

  public init(document: Document, diagnostics: [Diagnostic], source: [UInt8] = []) {
    self.init(
      document: document, diagnostics: diagnostics, text: SourceText(bytes: source),
      mayHoldXrefs: XrefUse.mayHold(source))
  }

  init(document: Document, diagnostics: [Diagnostic], text: SourceText, mayHoldXrefs: Bool) {
    self.document = document
    self.diagnostics = diagnostics
    self.text = text
    self.mayHoldXrefs = mayHoldXrefs
  }

  /// The page's text as parsed (valid UTF-8, byte order mark removed), for excerpts and source searches.
  public var source: [UInt8] { text.bytes }
}

/// Parses DocFX-flavoured Markdown pages into ``Document``s: front matter, CommonMark blocks by libcmark,
/// GFM pipe tables and DocFX constructs.
///
/// ```swift
/// let page = MarkdownParser().parse(contentsOf: "docs/ja-JP/errors.md")
/// for table in page.document.tables { print(table.rows.count) }
/// ```
public struct MarkdownParser: Sendable {
  /// Whether DocFX constructs (alerts, divs, includes, heading anchors) are interpreted; without it
  /// the result is plain CommonMark with GFM tables, as cmark-gfm would build it.
  public var interpretsDocFX: Bool

  /// Whether each table cell keeps its Markdown (``TableCell/markdown``). A reader that needs only the
  /// cells' inlines, as validation and the site do for a page outside every catalog, turns it off and
  /// saves a string per cell: the cells' Markdown is then empty.
  public var keepsCellMarkdown = true

  /// Whether table cells may be taken from libcmark's first reading of their paragraph where that agrees
  /// with reading each cell on its own (the default, and faster); when false, every cell is read on its
  /// own. The tests and the fuzzer compare the two.
  public var readsFirstPassCells = true

  /// The hosts the site embeds `[!VIDEO]` addresses from (the configuration's `site.videoHosts`): a video
  /// from another host is reported (``DocFXVideoHost``), as `build` and `validate` both parse pages. `nil`
  /// (the default) checks no host.
  public var videoHosts: Set<String>?

  public init(interpretsDocFX: Bool = true) {
    self.interpretsDocFX = interpretsDocFX
  }

  /// Parses a page from its bytes; `path` names it in diagnostics and in the document.
  public func parse(bytes: [UInt8], path: String) -> ParsedPage {
    parse(bytes: bytes, path: path, snippets: nil)
  }

  /// Parses a page, reading its code snippets through `snippets`.
  private func parse(bytes: [UInt8], path: String, snippets: SnippetFiles?) -> ParsedPage {
    var diagnostics: [Diagnostic] = []
    let clean = SourceDecoder.decode(bytes, file: path, diagnostics: &diagnostics)
    let page = SourceText(bytes: clean)
    let split = FrontMatterParser.split(page, file: path, diagnostics: &diagnostics)
    let context = ParseContext(file: path, page: page)
    context.readsFirstPassCells = readsFirstPassCells
    context.keepsCellMarkdown = keepsCellMarkdown
    context.interpretsDocFX = interpretsDocFX
    context.snippets = snippets
    context.videoHosts = videoHosts
    let blocks = BlockParser(text: SourceText(bytes: split.markdownBytes), map: .identity, context: context).parse()
    let interpreted = interpretsDocFX ? DocFXInterpreter(context: context).interpret(blocks) : blocks
    diagnostics += context.diagnostics
    return ParsedPage(
      document: Document(path: path, frontMatter: split.frontMatter, blocks: interpreted),
      diagnostics: diagnostics.sorted(), text: page,
      mayHoldXrefs: context.mayHoldXrefs)
  }

  /// The page's bytes as libcmark reads them: clean UTF-8, with the front matter lines emptied.
  public func markdownBytes(of bytes: [UInt8]) -> [UInt8] {
    var diagnostics: [Diagnostic] = []
    let page = SourceText(bytes: SourceDecoder.decode(bytes, file: "", diagnostics: &diagnostics))
    return FrontMatterParser.split(page, file: "", diagnostics: &diagnostics).markdownBytes
  }

  /// Parses a page from text.
  public func parse(_ text: String, path: String) -> ParsedPage {
    parse(bytes: Array(text.utf8), path: path)
  }

  /// Reads and parses a file; a file that cannot be read gives an empty document and an error. With a
  /// `boundary`, a file that leads outside the docs folder is not read (an empty document and an error).
  public func parse(
    contentsOf path: String, displayPath: String? = nil, within boundary: DocsFolderBoundary? = nil
  ) -> ParsedPage {
    let name = displayPath ?? path
    var readPath = path
    switch boundary?.resolve(path) {
    case .outside?:
      return ParsedPage(
        document: Document(path: name, blocks: []),
        diagnostics: [SourceOutsideDocs.finding(SourceOutsideDocs.file, file: name)])
    case .inside(let real)?: readPath = real
    case .unresolved?, nil: break
    }
    do {
      let data = try FileReader.read(readPath)
      // Snippets are read relative to the page, inside the docs folder (the page's folder without one).
      let folder = Self.folder(of: readPath)
      let snippets = SnippetFiles(folder: folder, boundary: boundary ?? DocsFolderBoundary(root: folder))
      var parsed = parse(bytes: data, path: name, snippets: snippets)
      parsed.snippetFiles = snippets.requested
      return parsed
    } catch {
      return ParsedPage(
        document: Document(path: name, blocks: []),
        diagnostics: [IOUnreadable.finding(IOUnreadable.cannotRead(error.reason), file: name)])
    }
  }

  /// The folder part of a path: before its last `/`, or `.`.
  private static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
