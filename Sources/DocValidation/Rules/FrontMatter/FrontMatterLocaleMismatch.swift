public import DocModel

/// `ms.contentlocale` names another locale than the page's locale folder.
public enum FrontMatterLocaleMismatch: ValidationRule {
  public static let rule = Rule(
    "front-matter.locale-mismatch", .warning, "ms.contentlocale differs from the page's locale folder")

  static func differs(_ locale: String, folder: String) -> String {
    "ms.contentlocale '\(locale)' differs from the page's locale folder '\(folder)'"
  }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for page in input.docSet.pages where !page.document.frontMatter.isMalformed && page.locale != "und" {
      guard let field = page.document.frontMatter.fields.first(where: { $0.key == "ms.contentlocale" }),
        let locale = field.value.scalarText, locale.lowercased() != page.locale.lowercased()
      else { continue }
      findings.append(
        finding(differs(locale, folder: page.locale), file: input.docSet.displayPath(page), line: field.line, column: 1)
      )
    }
    return findings
  }
}
