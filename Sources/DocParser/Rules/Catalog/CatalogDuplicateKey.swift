public import DocModel

/// Two rows of a catalog have the same key.
public enum CatalogDuplicateKey: DiagnosticRule {
  public static let rule = Rule("catalog.duplicate-key", .warning, "two rows of a catalog have the same key")

  /// A row whose key fields repeat an earlier row's.
  static func sameKey(_ fields: [String]) -> String {
    "another row has the same \(fields.map { "'\($0)'" }.joined(separator: " and ")); its id gets a suffix"
  }
}
