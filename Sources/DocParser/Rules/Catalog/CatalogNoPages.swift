public import DocModel

/// A catalog matches no page of the source locale.
public enum CatalogNoPages: DiagnosticRule {
  public static let rule = Rule("catalog.no-pages", .warning, "a catalog matches no page of the source locale")
}
