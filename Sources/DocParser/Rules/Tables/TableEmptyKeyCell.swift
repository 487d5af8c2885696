public import DocModel

/// A row's key cell is empty.
public enum TableEmptyKeyCell: DiagnosticRule {
  public static let rule = Rule("table.empty-key-cell", .warning, "a row's key cell is empty")

  /// A source row whose first key field's cell is empty.
  static func emptyCell(_ field: String) -> String { "row has an empty '\(field)' cell" }
}
