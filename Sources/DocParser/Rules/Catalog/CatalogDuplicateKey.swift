public import DocModel

/// Two rows of a catalog have the same key.
public enum CatalogDuplicateKey: DiagnosticRule {
  public static let rule = Rule("catalog.duplicate-key", .warning, "two rows of a catalog have the same key")
}
