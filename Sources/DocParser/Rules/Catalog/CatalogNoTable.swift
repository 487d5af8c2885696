public import DocModel

/// A catalog page has no catalog table.
public enum CatalogNoTable: DiagnosticRule {
  public static let rule = Rule("catalog.no-table", .warning, "a catalog page has no catalog table")

  /// A catalog's page without a table of its columns.
  static func noTable(catalog: String) -> String { "page has no table with the columns of catalog '\(catalog)'" }
}
