public import DocModel

/// A row has more or fewer cells than the header.
public enum TableCellCountMismatch: DiagnosticRule {
  public static let rule = Rule("table.cell-count-mismatch", .warning, "a row has more or fewer cells than the header")
}
