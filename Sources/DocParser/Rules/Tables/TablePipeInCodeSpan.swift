public import DocModel

/// An unescaped pipe inside a code span splits a cell.
public enum TablePipeInCodeSpan: DiagnosticRule {
  public static let rule = Rule("table.pipe-in-code-span", .warning, "an unescaped pipe inside a code span splits a cell")
}
