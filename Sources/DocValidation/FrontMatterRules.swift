import DocModel
import DocParser

/// Required keys, valid `ms.date`, and `ms.contentlocale` agreeing with the locale folder.
struct FrontMatterRules {
  let docSet: DocSet

  func check() -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let required = docSet.configuration.requiredFrontMatter
    for page in docSet.pages {
      let file = docSet.displayPath(page)
      let frontMatter = page.document.frontMatter
      // What could not be read is reported once, where it was read.
      guard !frontMatter.isMalformed else { continue }
      if frontMatter.range == nil {
        if !required.isEmpty {
          diagnostics.append(
            FrontMatterMissingKey.finding(
                            "page has no front matter; required keys: \(required.map { "'\($0)'" }.joined(separator: ", "))",
              file: file, line: 1, column: 1))
        }
        continue
      }
      let closingLine = frontMatter.range?.end.line ?? 1
      for key in required where frontMatter.text(key) == nil {
        let field = frontMatter.fields.first { $0.key == key }
        diagnostics.append(
          FrontMatterMissingKey.finding(
                        field == nil ? "front matter has no '\(key)'" : "front matter '\(key)' is empty", file: file,
            line: field?.line ?? closingLine, column: 1))
      }
      if let field = frontMatter.fields.first(where: { $0.key == "ms.date" }), let text = field.value.scalarText,
        !text.isEmpty, DocDate(text) == nil
      {
        diagnostics.append(
          FrontMatterInvalidDate.finding(
                        "ms.date '\(text)' is not a valid date; write it as MM/DD/YYYY", file: file, line: field.line, column: 1))
      }
      if let field = frontMatter.fields.first(where: { $0.key == "ms.contentlocale" }),
        let locale = field.value.scalarText,
        page.locale != "und", locale.lowercased() != page.locale.lowercased()
      {
        diagnostics.append(
          FrontMatterLocaleMismatch.finding(
                        "ms.contentlocale '\(locale)' differs from the page's locale folder '\(page.locale)'", file: file,
            line: field.line, column: 1))
      }
    }
    return diagnostics
  }
}
