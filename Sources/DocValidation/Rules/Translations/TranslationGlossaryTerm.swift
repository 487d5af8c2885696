public import DocModel

/// A glossary term (never translated) is missing from a translated cell whose source has it (checked on
/// aligned rows, in ``RowChecks``).
public enum TranslationGlossaryTerm: ValidationRule {
  public static let rule = Rule(
    "translation.glossary-term", .warning, "a do-not-translate glossary term was translated")

  static func translated(_ term: String, field: String, cell: String) -> String {
    "'\(term)' must not be translated, but the '\(field)' cell lacks it: '\(cell)'"
  }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.rowFindings.filter { $0.rule == id }
  }
}
