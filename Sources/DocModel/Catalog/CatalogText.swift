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

  /// The cell's text and Markdown. A cell without markup reads the same both ways: its two fields then
  /// share one string's storage, which in a large catalog is most messages and apps.
  public init(_ cell: TableCell) {
    self.init(cell, text: cell.text)
  }

  /// The cell's Markdown with its `text`, already read.
  public init(_ cell: TableCell, text: String) {
    self.init(text: text == cell.markdown ? cell.markdown : text, markdown: cell.markdown)
  }

  public static let empty = CatalogText(text: "", markdown: "")
}
