public import DocModel

/// A configured locale has no folder.
public enum DocSetMissingLocale: DiagnosticRule {
  public static let rule = Rule("docset.missing-locale", .warning, "a configured locale has no folder")
}
