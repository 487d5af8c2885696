public import DocModel

/// A translated catalog table misses, adds or reorders rows (aligned in ``RowChecks``).
public enum TranslationRowAlignment: ValidationRule {
  public static let rule = Rule(
    "translation.row-alignment", .warning, "a translated table misses, adds or reorders rows")

  static func untranslated(_ message: String, locale: String) -> String {
    "row '\(message)' has no '\(locale)' translation"
  }

  static func outOfOrder(after line: Int) -> String {
    "row is out of order: the source has it after line \(line)'s row"
  }

  static func unsupported(sourceLine: Int, message: String) -> String {
    "row stands for line \(sourceLine)'s row '\(message)' but shares no code, identifier or app name with it: "
      + "the catalog uses the source text"
  }

  static let extra = "row has no counterpart in the source locale"

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.rowFindings.filter { $0.rule == id }
  }
}
