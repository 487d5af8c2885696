import DocModel
import DocParser

/// The seed page's four fields (docs/doccatalog.yml): `message` (a pattern, not translated), `app` (an enum),
/// `description` and `resolution` (Markdown), for tests that make catalogs by hand.
public enum SeedFields {
  public static let fields = [
    CatalogField(name: "message", type: .pattern, header: ["en-US": ["Error message"]]),
    CatalogField(name: "app", type: .enum, header: ["en-US": ["Relevant app"]]),
    CatalogField(name: "description", type: .markdown, header: ["en-US": ["Description"]]),
    CatalogField(name: "resolution", type: .markdown, header: ["en-US": ["Resolution"]]),
  ]

  /// A catalog of the four fields, keyed by message and app.
  public static func definition(_ name: String, pages: [String] = ["p.md"]) -> CatalogDefinition {
    CatalogDefinition(name: name, pages: pages, fields: fields, key: ["message", "app"])
  }

  /// A locale's row of the four texts.
  public static func entry(
    message: CatalogText, app: CatalogText, description: CatalogText, resolution: CatalogText, path: String,
    line: Int, fallback: Bool
  ) -> LocalizedEntry {
    LocalizedEntry(
      values: [message, app, description, resolution].map { CatalogValue(cell: $0) }, path: path, line: line,
      fallback: fallback)
  }
}

extension LocalizedEntry {
  /// The seed fields' values, by position (``SeedFields``).
  public var message: CatalogValue {
    get { self[0] }
    set { values[0] = newValue }
  }
  public var app: CatalogValue {
    get { self[1] }
    set { values[1] = newValue }
  }
  public var description: CatalogValue { self[2] }
  public var resolution: CatalogValue { self[3] }
}

extension SeedFields {
  /// A catalog of the four fields keyed by `key`.
  public static func definition(key: [SeedField]) -> CatalogDefinition {
    CatalogDefinition(name: "Errors", pages: ["p.md"], fields: fields, key: key.map { "\($0)" })
  }

  /// A table row of the given texts (Markdown the same as the text).
  public static func row(message: String, app: String, description: String? = nil, line: Int) -> CatalogRow {
    let texts = [message, app, description ?? "", ""]
    return CatalogRow(values: texts.map { CatalogValue(cell: CatalogText(text: $0, markdown: $0)) }, line: line)
  }
}

/// The seed fields, by position.
public enum SeedField: Int, CaseIterable, Sendable {
  case message, app, description, resolution
}

extension Array where Element == CatalogValue {
  /// The value of a seed field.
  public subscript(_ field: SeedField) -> CatalogValue? { field.rawValue < count ? self[field.rawValue] : nil }
}
