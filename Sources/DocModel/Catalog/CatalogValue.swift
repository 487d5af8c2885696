/// One field of a catalog row: the cell's text and Markdown, and what its type reads in them.
public struct CatalogValue: Sendable, Hashable {
  public var cell: CatalogText
  public var value: FieldValue

  public init(cell: CatalogText, value: FieldValue = .textual) {
    self.cell = cell
    self.value = value
  }

  /// The cell's plain text.
  @inlinable
  public var text: String { cell.text }

  public static let empty = CatalogValue(cell: .empty)
}
