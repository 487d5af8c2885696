public import DocModel

/// GitHub and DocFX render the table differently.
public enum TableRendererDifference: DiagnosticRule {
  public static let rule = Rule("table.renderer-difference", .warning, "GitHub and DocFX render the table differently")

  /// A body row without a pipe.
  static let rowWithoutPipe = "row has no pipe: GitHub reads it as a one-cell row, DocFX ends the table before it"
}
