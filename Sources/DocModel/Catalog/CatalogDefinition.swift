/// A catalog the configuration defines: which pages hold its tables and how their columns map to fields.
public struct CatalogDefinition: Sendable, Hashable, Codable {
  /// The catalog's name, also the name of the generated Swift type (`AppConnectorErrors`).
  public var name: String
  /// Page paths inside each locale folder; `*` matches any run of characters except `/`.
  public var pages: [String]
  /// For each field, the header cell texts that name its column, per locale.
  public var columns: [CatalogField: [String: [String]]]
  /// The fields whose values together identify an entry.
  public var key: [CatalogField]

  public init(
    name: String, pages: [String], columns: [CatalogField: [String: [String]]],
    key: [CatalogField] = [.message, .app]
  ) {
    self.name = name
    self.pages = pages
    self.columns = columns
    self.key = key
  }

  enum CodingKeys: String, CodingKey { case name, pages, columns, key }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decode(String.self, forKey: .name)
    pages = try container.decode([String].self, forKey: .pages)
    key = try container.decode([CatalogField].self, forKey: .key)
    let raw = try container.decode([String: [String: [String]]].self, forKey: .columns)
    var columns: [CatalogField: [String: [String]]] = [:]
    for (name, names) in raw {
      guard let field = CatalogField(rawValue: name) else {
        throw DecodingError.dataCorruptedError(
          forKey: .columns, in: container, debugDescription: "unknown field '\(name)'")
      }
      columns[field] = names
    }
    self.columns = columns
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(pages, forKey: .pages)
    try container.encode(key, forKey: .key)
    let raw = Dictionary(uniqueKeysWithValues: columns.map { ($0.key.rawValue, $0.value) })
    try container.encode(raw, forKey: .columns)
  }

  /// Whether `path` (inside a locale folder) matches one of ``pages``.
  public func includes(page path: String) -> Bool {
    pages.contains { GlobPattern($0).matches(path) }
  }
}
