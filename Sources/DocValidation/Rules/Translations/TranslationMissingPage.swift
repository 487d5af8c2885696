public import DocModel

/// A source page has no translation in a configured locale.
public enum TranslationMissingPage: ValidationRule {
  public static let rule = Rule("translation.missing-page", .warning, "a source page has no translation in a locale")

  static func missing(_ locale: String) -> String { "page has no '\(locale)' translation" }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.translations().compactMap { source, locale, translation in
      translation == nil ? finding(missing(locale), file: input.docSet.displayPath(source), line: 1, column: 1) : nil
    }
  }
}
