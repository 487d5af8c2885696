/// A cell's content as plain text and as its Markdown source.
public struct CatalogText: Sendable, Hashable, Codable {
  /// Plain text by the rules of ``PlainText``.
  public var text: String
  /// The cell between its pipes, trimmed, with `\|` unescaped.
  public var markdown: String

  public init(text: String, markdown: String) {
    self.text = text
    self.markdown = markdown
  }

  public init(_ cell: TableCell) {
    self.init(text: cell.text, markdown: cell.markdown)
  }

  public static let empty = CatalogText(text: "", markdown: "")
}
