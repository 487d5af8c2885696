public import DocModel

/// `ms.date` is not a valid MM/DD/YYYY date.
public enum FrontMatterInvalidDate: ValidationRule {
  public static let rule = Rule("front-matter.invalid-date", .warning, "ms.date is not a valid MM/DD/YYYY date")

  static func invalid(_ text: String) -> String { "ms.date '\(text)' is not a valid date; write it as MM/DD/YYYY" }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for page in input.docSet.pages where !page.document.frontMatter.isMalformed {
      guard let field = page.document.frontMatter.fields.first(where: { $0.key == "ms.date" }),
        let text = field.value.scalarText, !text.isEmpty, DocDate(text) == nil
      else { continue }
      findings.append(finding(invalid(text), file: input.docSet.displayPath(page), line: field.line, column: 1))
    }
    return findings
  }
}
