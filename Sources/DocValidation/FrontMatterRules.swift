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
            Diagnostic(
              .warning, rule: "front-matter.missing-key",
              "page has no front matter; required keys: \(required.map { "'\($0)'" }.joined(separator: ", "))",
              file: file, line: 1, column: 1))
        }
        continue
      }
      let closingLine = frontMatter.range?.end.line ?? 1
      for key in required where frontMatter.text(key) == nil {
        let field = frontMatter.fields.first { $0.key == key }
        diagnostics.append(
          Diagnostic(
            .warning, rule: "front-matter.missing-key",
            field == nil ? "front matter has no '\(key)'" : "front matter '\(key)' is empty", file: file,
            line: field?.line ?? closingLine, column: 1))
      }
      if let field = frontMatter.fields.first(where: { $0.key == "ms.date" }), let text = field.value.scalarText,
        !text.isEmpty, DocDate(text) == nil
      {
        diagnostics.append(
          Diagnostic(
            .warning, rule: "front-matter.invalid-date",
            "ms.date '\(text)' is not a valid date; write it as MM/DD/YYYY", file: file, line: field.line, column: 1))
      }
      if let field = frontMatter.fields.first(where: { $0.key == "ms.contentlocale" }), let locale = field.value.scalarText,
        page.locale != "und", locale.lowercased() != page.locale.lowercased()
      {
        diagnostics.append(
          Diagnostic(
            .warning, rule: "front-matter.locale-mismatch",
            "ms.contentlocale '\(locale)' differs from the page's locale folder '\(page.locale)'", file: file,
            line: field.line, column: 1))
      }
    }
    return diagnostics
  }
}

/// A calendar date from front matter: `MM/DD/YYYY` (DocFX's form) or `YYYY-MM-DD`.
struct DocDate: Comparable {
  var year: Int
  var month: Int
  var day: Int

  init?(_ text: String) {
    let trimmed = text.trimmingCharacters(in: " ")
    let slash = trimmed.split(separator: "/", omittingEmptySubsequences: false)
    let dash = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    let parts: [Substring]
    if slash.count == 3 {
      parts = [slash[2], slash[0], slash[1]]
      guard slash[2].count == 4, (1...2).contains(slash[0].count), (1...2).contains(slash[1].count) else { return nil }
    } else if dash.count == 3 {
      parts = dash
      guard dash[0].count == 4, dash[1].count == 2, dash[2].count == 2 else { return nil }
    } else {
      return nil
    }
    guard let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  static func < (lhs: DocDate, rhs: DocDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

extension String {
  func trimmingCharacters(in characters: String) -> String {
    var result = Substring(self)
    while let first = result.first, characters.contains(first) { result = result.dropFirst() }
    while let last = result.last, characters.contains(last) { result = result.dropLast() }
    return String(result)
  }
}
