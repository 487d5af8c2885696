public import DocModel

/// A catalog table's row whose every cell is empty: a spacer, not an entry.
public enum TableEmptyRow: DiagnosticRule {
  public static let rule = Rule("table.empty-row", .warning, "a catalog table's row is empty; it is not an entry")

  static let emptyRow = "row has no text in any cell; it is not an entry (remove it)"
}
