/// A GFM pipe table: a header row, a delimiter row giving each column's alignment, and body rows.
///
/// Built by DocCatalog on top of libcmark's paragraphs following the GFM spec, so that it agrees with
/// `cmark-gfm -e table`: short rows are padded with empty cells and extra cells are dropped, but kept in
/// ``Row/extraCells`` for validation.
public struct Table: Sendable, Hashable {
  /// The alignment a delimiter cell (`:--`, `--:`, `:-:`) gives its column.
  public enum Alignment: String, Sendable, Hashable, Codable {
    case none, left, center, right
  }

  /// The header row, then the body rows, without copying them into a new array.
  public var allRows: FlattenSequence<[[Row]]> { [[header], rows].joined() }

  /// Calls `body` with every cell of the header, then of each body row in order (extra cells left out):
  /// the walk the readers of a page's cells make, without the arrays ``allRows`` builds each time.
  public func forEachCell(_ body: (TableCell) throws -> Void) rethrows {
    for cell in header.cells { try body(cell) }
    for row in rows { for cell in row.cells { try body(cell) } }
  }

  /// Whether some cell of the header or a body row satisfies `predicate`.
  public func containsCell(where predicate: (TableCell) throws -> Bool) rethrows -> Bool {
    try header.cells.contains(where: predicate) || rows.contains { try $0.cells.contains(where: predicate) }
  }

  /// One row of cells, with the source line it was written on.
  public struct Row: Sendable, Hashable {
    public var cells: [TableCell]
    /// Cells past the header's column count, which GFM drops.
    public var extraCells: [TableCell]
    /// How many cells the row was written with, before padding or dropping.
    public var writtenCellCount: Int
    public var range: SourceRange?

    public init(
      cells: [TableCell], extraCells: [TableCell] = [], writtenCellCount: Int? = nil,
      range: SourceRange? = nil
    ) {
      self.cells = cells
      self.extraCells = extraCells
      self.writtenCellCount = writtenCellCount ?? cells.count + extraCells.count
      self.range = range
    }
  }

  public var header: Row
  public var alignments: [Alignment]
  public var rows: [Row]
  /// The line of the delimiter row.
  public var delimiterLine: Int
  public var range: SourceRange?

  public init(header: Row, alignments: [Alignment], rows: [Row], delimiterLine: Int, range: SourceRange? = nil) {
    self.header = header
    self.alignments = alignments
    self.rows = rows
    self.delimiterLine = delimiterLine
    self.range = range
  }

  /// The number of columns, fixed by the header and delimiter rows.
  public var columnCount: Int { alignments.count }
}
