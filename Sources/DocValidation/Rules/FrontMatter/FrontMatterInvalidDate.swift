public import DocModel

/// Ms.date is not a valid MM/DD/YYYY date.
public enum FrontMatterInvalidDate: DiagnosticRule {
  public static let rule = Rule("front-matter.invalid-date", .warning, "ms.date is not a valid MM/DD/YYYY date")
}
