/// A catalog the configuration defines: which pages hold its tables, and its fields.
public struct CatalogDefinition: Sendable, Hashable, Codable {
  /// The catalog's name, also the name of the generated Swift type (`AppConnectorErrors`).
  public var name: String
  /// Page paths inside each locale folder; `*` matches any run of characters except `/`.
  public var pages: [String] {
    didSet { pagePatterns = pages.map(GlobPattern.init) }
  }
  /// ``pages``, read once: every page of a pass is matched against them, some more than once.
  private var pagePatterns: [GlobPattern]
  /// The fields, in the order the configuration declares them: each entry's values follow this order.
  public var fields: [CatalogField]
  /// The names of the fields whose values together identify an entry.
  public var key: [String]
  /// The names of the fields `lookup` matches text received at run time against.
  public var lookup: [String]
  /// The name of the field whose text names each entry in generated code, if the configuration gives one;
  /// else the key fields name it (``EntrySymbol``).
  public var symbol: String?

  public init(
    name: String, pages: [String], fields: [CatalogField], key: [String], lookup: [String]? = nil,
    symbol: String? = nil
  ) {
    self.name = name
    self.pages = pages
    pagePatterns = pages.map(GlobPattern.init)
    self.fields = fields
    self.key = key
    self.lookup = lookup ?? fields.filter(\.type.isLookupByDefault).map(\.name)
    self.symbol = symbol
  }

  /// Whether `path` (inside a locale folder) matches one of ``pages``.
  public func includes(page path: String) -> Bool {
    pagePatterns.contains { $0.matches(path) }
  }

  private enum CodingKeys: String, CodingKey {
    case name, pages, fields, key, lookup, symbol
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      name: try container.decode(String.self, forKey: .name),
      pages: try container.decode([String].self, forKey: .pages),
      fields: try container.decode([CatalogField].self, forKey: .fields),
      key: try container.decode([String].self, forKey: .key),
      lookup: try container.decode([String].self, forKey: .lookup),
      symbol: try container.decodeIfPresent(String.self, forKey: .symbol))
  }

  /// The position of the field named `name` in ``fields``: where each row keeps its value.
  public func index(of name: String) -> Int? {
    fields.firstIndex { $0.name == name }
  }

  /// The positions of the key's fields.
  public var keyIndexes: [Int] { key.compactMap(index(of:)) }

  /// The field that names a table as this catalog's: a table is read when its header has this field's
  /// column. The first key field.
  public var identifyingField: Int { keyIndexes.first ?? 0 }
}
