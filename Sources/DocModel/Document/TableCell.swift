/// One cell of a pipe table: its Markdown source, its parsed inlines and its plain text.
public struct TableCell: Sendable, Hashable {
  /// The cell between its pipes, trimmed, with `\|` unescaped: the Markdown that was parsed. Empty when the
  /// parser was asked not to keep it (`MarkdownParser.keepsCellMarkdown`), as for pages no catalog reads.
  public var markdown: String
  public var inlines: [Inline]
  public var range: SourceRange?

  public init(markdown: String, inlines: [Inline], range: SourceRange? = nil) {
    self.markdown = markdown
    self.inlines = inlines
    self.range = range
  }

  /// The cell as plain text; see ``PlainText``.
  public var text: String { PlainText.render(inlines) }
}
