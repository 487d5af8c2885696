import DocModel

/// What one page's parse shares across the page and the fragments re-parsed from it.
final class ParseContext {
  let file: String
  /// The page as read (front matter included), for character columns.
  let page: SourceText
  var diagnostics: [Diagnostic] = []
  /// The page's link reference definitions, as Markdown to append to separately parsed text.
  var referenceDefinitions: [UInt8] = []
  /// Whether table cells may be taken from libcmark's reading of their paragraph (off in tests that
  /// compare it with reading every cell on its own).
  var readsFirstPassCells = true
  /// Whether DocFX constructs are read: a `:::` line then ends a table.
  var interpretsDocFX = false
  /// Whether table cells keep their Markdown (see ``MarkdownParser/keepsCellMarkdown``).
  var keepsCellMarkdown = true
  /// Where code snippets are read from; `nil` for text parsed without a file, whose snippets are not read.
  var snippets: SnippetFiles?
  /// The hosts a `[!VIDEO]` may be embedded from (``MarkdownParser/videoHosts``); `nil` when not checked.
  var videoHosts: Set<String>?
  /// Whether the page's text may hold an `@uid` shorthand; the page-wide check saves asking every text.
  let mayHoldXrefShorthands: Bool
  /// Whether the page's text may make an xref at all (``XrefUse/mayHold(_:)``), found with the shorthands'
  /// check while the page's bytes are fresh in the processor's cache.
  let mayHoldXrefs: Bool
  private var reportedDeepNesting = false

  init(file: String, page: SourceText) {
    self.file = file
    self.page = page
    mayHoldXrefShorthands = XrefShorthand.mayHold(page.bytes)
    mayHoldXrefs = mayHoldXrefShorthands || XrefUse.namesXref(page.bytes)
  }

  /// Records a diagnostic at a page location given with a byte column.
  func report(_ rule: any DiagnosticRule.Type, _ message: String, at location: SourceLocation) {
    let column = location.column > 0 ? page.characterColumn(line: location.line, byteColumn: location.column) : 0
    diagnostics.append(rule.finding(message, file: file, line: location.line, column: column))
  }

  /// Reports, once per page, that nesting was flattened.
  func reportDeepNesting(at location: SourceLocation) {
    guard !reportedDeepNesting else { return }
    reportedDeepNesting = true
    report(
      MarkdownNestingTooDeep.self, MarkdownNestingTooDeep.flattened(beyond: BlockParser.maximumContainerDepth),
      at: location)
  }
}

/// Maps lines and byte columns of re-parsed text back to the page it came from.
struct LineMap {
  /// The page line of each line of the text; empty for the page itself.
  var lines: [Int] = []
  /// The bytes each line's columns are shifted by.
  var columnShifts: [Int] = []

  static let identity = LineMap()

  func location(line: Int, column: Int) -> SourceLocation {
    guard !lines.isEmpty else { return SourceLocation(line: line, column: column) }
    let index = min(max(line - 1, 0), lines.count - 1)
    return SourceLocation(line: lines[index], column: column > 0 ? column + columnShifts[index] : 0)
  }

  func range(_ position: (Int, Int, Int, Int)) -> SourceRange? {
    guard position.0 > 0 else { return nil }
    return SourceRange(
      start: location(line: position.0, column: position.1), end: location(line: position.2, column: position.3))
  }
}
