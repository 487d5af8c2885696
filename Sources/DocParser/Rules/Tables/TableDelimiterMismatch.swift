public import DocModel

/// A delimiter row does not match its header, so no table renders.
public enum TableDelimiterMismatch: DiagnosticRule {
  public static let rule = Rule("table.delimiter-mismatch", .warning, "a delimiter row does not match its header, so no table renders")
}
