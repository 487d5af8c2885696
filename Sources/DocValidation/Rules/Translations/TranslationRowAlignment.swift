public import DocModel

/// A translated table misses, adds or reorders rows.
public enum TranslationRowAlignment: DiagnosticRule {
  public static let rule = Rule("translation.row-alignment", .warning, "a translated table misses, adds or reorders rows")
}
