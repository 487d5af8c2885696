public import DocModel

/// An unescaped pipe inside a code span splits a cell.
public enum TablePipeInCodeSpan: DiagnosticRule {
  public static let rule = Rule(
    "table.pipe-in-code-span", .warning, "an unescaped pipe inside a code span splits a cell")

  /// A pipe between two cells that each hold an unmatched backtick.
  static let pipeEndsCell = "a pipe inside a code span ends the cell; escape it as '\\|'"
}
