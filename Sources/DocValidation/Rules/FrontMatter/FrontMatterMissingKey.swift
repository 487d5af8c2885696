public import DocModel

/// A required front matter key is missing or empty.
public enum FrontMatterMissingKey: DiagnosticRule {
  public static let rule = Rule("front-matter.missing-key", .warning, "a required front matter key is missing or empty")
}
