public import DocModel

/// A translated row gives an `enum` field another of the field's source values than its source row has
/// (checked on aligned rows, in ``RowChecks``): the translation then names another app, for instance.
public enum TranslationEnumValue: ValidationRule {
  public static let rule = Rule(
    "translation.enum-value", .warning, "a translated row gives an enum field another of its values than its source row"
  )

  static func other(_ field: String, value: String, source: String) -> String {
    "'\(field)' is '\(value)' here, another of its values; the source row has '\(source)'"
  }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.rowFindings.filter { $0.rule == id }
  }
}
