public import DocModel

/// A translation is older than its source.
public enum TranslationStale: DiagnosticRule {
  public static let rule = Rule("translation.stale", .warning, "a translation is older than its source")
}
