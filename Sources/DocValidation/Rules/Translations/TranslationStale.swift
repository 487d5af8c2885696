public import DocModel
import DocParser

/// A translation's `ms.date` is before its source's.
public enum TranslationStale: ValidationRule {
  public static let rule = Rule("translation.stale", .warning, "a translation is older than its source")

  static func older(_ date: String, source: String) -> String {
    "translation is dated \(date), before its source (\(source))"
  }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.translations().compactMap { source, _, translation in
      guard let translation, let sourceDate = source.document.frontMatter.msDate.flatMap({ DocDate($0) }),
        let field = translation.document.frontMatter.fields.first(where: { $0.key == "ms.date" }),
        let date = field.value.scalarText.flatMap({ DocDate($0) }), date < sourceDate
      else { return nil }
      return finding(
        older(field.value.scalarText ?? "", source: source.document.frontMatter.msDate ?? ""),
        file: input.docSet.displayPath(translation), line: field.line, column: 1)
    }
  }
}
