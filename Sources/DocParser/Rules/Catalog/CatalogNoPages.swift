public import DocModel

/// A catalog matches no page of the source locale.
public enum CatalogNoPages: DiagnosticRule {
  public static let rule = Rule("catalog.no-pages", .warning, "a catalog matches no page of the source locale")

  /// A catalog whose page patterns match no page of the source locale.
  static func noPages(catalog: String, sourceLocale: String) -> String {
    "catalog '\(catalog)' matches no page of the source locale '\(sourceLocale)'"
  }
}
