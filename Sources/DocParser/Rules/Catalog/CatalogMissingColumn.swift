public import DocModel

/// A catalog table lacks one of the catalog's columns.
public enum CatalogMissingColumn: DiagnosticRule {
  public static let rule = Rule("catalog.missing-column", .warning, "a catalog table lacks one of the catalog's columns")
}
