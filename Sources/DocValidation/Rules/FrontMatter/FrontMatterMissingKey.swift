public import DocModel

/// A required front matter key (the configuration's `requiredFrontMatter`) is missing or empty.
public enum FrontMatterMissingKey: ValidationRule {
  public static let rule = Rule(
    "front-matter.missing-key", .warning, "a required front matter key is missing or empty")

  static func noFrontMatter(required: [String]) -> String {
    "page has no front matter; required keys: \(required.map { "'\($0)'" }.joined(separator: ", "))"
  }

  static func missing(_ key: String) -> String { "front matter has no '\(key)'" }

  static func empty(_ key: String) -> String { "front matter '\(key)' is empty" }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    let required = input.docSet.configuration.requiredFrontMatter
    guard !required.isEmpty else { return [] }
    var findings: [Diagnostic] = []
    for page in input.docSet.pages {
      let file = input.docSet.displayPath(page)
      let frontMatter = page.document.frontMatter
      // What could not be read is reported once, where it was read.
      guard !frontMatter.isMalformed else { continue }
      guard let range = frontMatter.range else {
        findings.append(finding(noFrontMatter(required: required), file: file, line: 1, column: 1))
        continue
      }
      for key in required where frontMatter.text(key) == nil {
        let field = frontMatter.fields.first { $0.key == key }
        findings.append(
          finding(field == nil ? missing(key) : empty(key), file: file, line: field?.line ?? range.end.line, column: 1))
      }
    }
    return findings
  }
}
