public import DocModel

/// GitHub and DocFX render the table differently.
public enum TableRendererDifference: DiagnosticRule {
  public static let rule = Rule("table.renderer-difference", .warning, "GitHub and DocFX render the table differently")
}
