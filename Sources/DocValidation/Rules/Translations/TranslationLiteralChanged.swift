public import DocModel

/// A do-not-translate column (the configuration's `doNotTranslate`, by default the error message) was
/// translated (checked on aligned rows, in ``RowChecks``).
public enum TranslationLiteralChanged: ValidationRule {
  public static let rule = Rule(
    "translation.literal-changed", .warning, "a do-not-translate column (the error message) was translated")

  static func changed(_ field: String, from source: String, to translation: String) -> String {
    "'\(field)' must stay as in the source: '\(source)' became '\(translation)'"
  }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.rowFindings.filter { $0.rule == id }
  }
}
