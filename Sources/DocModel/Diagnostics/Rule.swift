/// A check DocCatalog runs, with its stable id, default severity and a one-line description.
public struct Rule: Sendable, Hashable {
  public var id: String
  public var severity: Diagnostic.Severity
  public var summary: String

  public init(_ id: String, _ severity: Diagnostic.Severity, _ summary: String) {
    self.id = id
    self.severity = severity
    self.summary = summary
  }
}

extension Rule {
  /// Every rule, in the order `validate --list-rules` prints them.
  public static let all: [Rule] = [
    Rule("encoding.invalid-utf8", .error, "a file is not valid UTF-8"),
    Rule("encoding.nul-byte", .warning, "a file holds NUL bytes"),
    Rule("io.unreadable", .error, "a file cannot be read"),
    Rule("config.invalid", .error, "the configuration is not valid"),
    Rule("docset.missing-locale", .warning, "a configured locale has no folder"),
    Rule("markdown.nesting-too-deep", .warning, "block quotes or lists nest too deep and are flattened"),
    Rule("front-matter.invalid-yaml", .error, "the front matter is not valid YAML"),
    Rule("front-matter.not-a-mapping", .error, "the front matter is not a mapping of keys to values"),
    Rule("front-matter.unterminated", .warning, "a front matter block is never closed"),
    Rule("front-matter.missing-key", .warning, "a required front matter key is missing or empty"),
    Rule("front-matter.invalid-date", .warning, "ms.date is not a valid MM/DD/YYYY date"),
    Rule("front-matter.locale-mismatch", .warning, "ms.contentlocale differs from the page's locale folder"),
    Rule("table.cell-count-mismatch", .warning, "a row has more or fewer cells than the header"),
    Rule("table.delimiter-mismatch", .warning, "a delimiter row does not match its header, so no table renders"),
    Rule("table.empty-key-cell", .warning, "a row's key cell is empty"),
    Rule("table.renderer-difference", .warning, "GitHub and DocFX render the table differently"),
    Rule("table.pipe-in-code-span", .warning, "an unescaped pipe inside a code span splits a cell"),
    Rule("catalog.missing-column", .warning, "a catalog table lacks one of the catalog's columns"),
    Rule("catalog.duplicate-key", .warning, "two rows of a catalog have the same key"),
    Rule("catalog.no-table", .warning, "a catalog page has no catalog table"),
    Rule("catalog.no-pages", .warning, "a catalog matches no page of the source locale"),
    Rule("link.missing-page", .warning, "a relative link points to a page that does not exist"),
    Rule("link.missing-anchor", .warning, "a link's #fragment names no heading or anchor of its target"),
    Rule("include.missing-file", .warning, "an [!INCLUDE] names a file that does not exist"),
    Rule("include.cycle", .error, "[!INCLUDE]s include each other in a cycle"),
    Rule("docfx.unknown-marker", .warning, "an unknown [!NAME] marker is kept as text"),
    Rule("translation.missing-page", .warning, "a source page has no translation in a locale"),
    Rule("translation.row-alignment", .warning, "a translated table misses, adds or reorders rows"),
    Rule("translation.literal-changed", .warning, "a do-not-translate column (the error message) was translated"),
    Rule("translation.glossary-term", .warning, "a do-not-translate glossary term was translated"),
    Rule("translation.stale", .warning, "a translation is older than its source"),
  ]

  /// The rule with an id, if there is one.
  public static func named(_ id: String) -> Rule? { all.first { $0.id == id } }
}
