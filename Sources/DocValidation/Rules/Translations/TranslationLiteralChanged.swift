public import DocModel

/// A do-not-translate column (the error message) was translated.
public enum TranslationLiteralChanged: DiagnosticRule {
  public static let rule = Rule("translation.literal-changed", .warning, "a do-not-translate column (the error message) was translated")
}
