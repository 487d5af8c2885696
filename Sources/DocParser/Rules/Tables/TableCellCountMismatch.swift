public import DocModel

/// A row has more or fewer cells than the header.
public enum TableCellCountMismatch: DiagnosticRule {
  public static let rule = Rule("table.cell-count-mismatch", .warning, "a row has more or fewer cells than the header")

  /// A row with more cells than the header, found at the first extra cell.
  static func extraCells(_ count: Int, header: Int) -> String {
    "row has \(count) cells but the header has \(header); GitHub drops the extra cells, DocFX shows them"
  }

  /// A row with fewer cells than the header, found at the row's end.
  static func missingCells(_ count: Int, header: Int) -> String {
    "row has \(count) \(count == 1 ? "cell" : "cells") but the header has \(header); missing cells are empty"
  }
}
