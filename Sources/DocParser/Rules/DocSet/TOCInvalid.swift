public import DocModel

/// A table of contents (`toc.yml`, `TOC.md`) that cannot be read whole: the site's navigation is built
/// from what could be read.
public enum TOCInvalid: DiagnosticRule {
  public static let rule = Rule(
    "toc.invalid", .warning, "a table of contents is malformed, too large, or names a table of contents it cannot use")

  static func invalidYAML(_ problem: String) -> String { "the table of contents is not valid YAML: \(problem)" }
  static func alias(_ name: String) -> String {
    "the table of contents uses the YAML alias '*\(name)'; aliases are not read (write the entries out)"
  }
  static let notUTF8 = "the table of contents is not UTF-8 text"
  static func tooLarge(limit: Int) -> String {
    "the table of contents is larger than \(limit / (1024 * 1024)) MiB; it is not read"
  }
  static func tooDeep(limit: Int) -> String {
    "the table of contents nests entries deeper than \(limit) levels; the deeper entries are left out"
  }
  static func tooManyEntries(limit: Int) -> String {
    "the table of contents has more than \(limit) entries; the entries after them are left out"
  }
  static let notAList = "a table of contents must be a list of entries, or a mapping with 'items:'"
  static let entryNotAMapping = "an entry must be a mapping such as '{name: Overview, href: overview.md}'"
  static let missingName = "an entry needs a 'name' (text)"
  static func notText(_ key: String) -> String { "'\(key)' must be text" }
  static let itemsNotAList = "'items' must be a list of entries"
  static func outside(_ href: String) -> String {
    "'\(href)' leads outside the locale's folder; its entries are left out"
  }
  static func missing(_ href: String) -> String { "'\(href)' names no table of contents of the docs" }
  static func cycle(_ href: String) -> String {
    "'\(href)' includes a table of contents that includes it; it is not followed again"
  }
}
