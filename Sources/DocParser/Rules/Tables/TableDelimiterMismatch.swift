public import DocModel

/// A delimiter row does not match its header, so no table renders.
public enum TableDelimiterMismatch: DiagnosticRule {
  public static let rule = Rule(
    "table.delimiter-mismatch", .warning, "a delimiter row does not match its header, so no table renders")

  /// A delimiter row whose cell count differs from the line above it.
  static func cellCounts(delimiter: Int, header: Int) -> String {
    "delimiter row has \(delimiter) cells but the line above has \(header); GitHub renders both as text"
  }
}
