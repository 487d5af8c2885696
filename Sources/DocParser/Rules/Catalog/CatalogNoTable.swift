public import DocModel

/// A catalog page has no catalog table.
public enum CatalogNoTable: DiagnosticRule {
  public static let rule = Rule("catalog.no-table", .warning, "a catalog page has no catalog table")
}
