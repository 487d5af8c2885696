/// The columns (tabs expanded) of offsets asked for along one line in increasing order, each counted on from
/// the one before rather than from the line's start: list items opened one after another on a single line
/// then cost the line's length in all, not its length for each item.
struct ColumnCursor {
  private var lineStart = -1
  private var offset = 0
  private var column = 0

  /// The column of `target` on the line starting at `lineStart`, as ``LineScanner/column(of:in:lineStart:)``.
  mutating func column(of target: Int, in bytes: [UInt8], lineStart: Int) -> Int {
    if lineStart != self.lineStart || target < offset {
      self.lineStart = lineStart
      offset = lineStart
      column = 0
    }
    while offset < target {
      column = bytes[offset] == 0x09 ? (column / 4 + 1) * 4 : column + 1
      offset += 1
    }
    return column
  }
}
