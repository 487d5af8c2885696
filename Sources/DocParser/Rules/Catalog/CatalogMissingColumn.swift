public import DocModel

/// A catalog table lacks one of the catalog's columns.
public enum CatalogMissingColumn: DiagnosticRule {
  public static let rule = Rule(
    "catalog.missing-column", .warning, "a catalog table lacks one of the catalog's columns")

  /// A catalog column the table lacks, and a header that would give it.
  static func noColumn(_ field: String, header: String) -> String {
    "catalog table has no '\(field)' column (expected a header such as '\(header)')"
  }
}
