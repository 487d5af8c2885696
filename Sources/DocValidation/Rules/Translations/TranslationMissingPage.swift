public import DocModel

/// A source page has no translation in a locale.
public enum TranslationMissingPage: DiagnosticRule {
  public static let rule = Rule("translation.missing-page", .warning, "a source page has no translation in a locale")
}
