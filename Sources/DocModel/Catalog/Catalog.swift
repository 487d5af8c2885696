/// The catalog: every troubleshooting entry of the docs, each aligned across all locales.
///
/// This is what `doccatalog build` writes as JSON and what the generators read.
public struct Catalog: Sendable, Hashable {
  /// The version of the JSON form; bumped on any incompatible change.
  public static let currentSchemaVersion = 2

  public var schemaVersion: Int
  /// The locale the other locales are translated from.
  public var sourceLocale: String
  /// Every locale, the source locale first, then in configuration order.
  public var locales: [String]
  /// The catalogs the configuration defines, with their typed fields.
  public var catalogs: [CatalogDefinition]
  /// Every page of every locale, sorted by path.
  public var pages: [CatalogPage]
  /// Every entry, in source order (page, then row).
  public var entries: [CatalogEntry]

  public init(
    sourceLocale: String, locales: [String], catalogs: [CatalogDefinition], pages: [CatalogPage],
    entries: [CatalogEntry]
  ) {
    self.schemaVersion = Catalog.currentSchemaVersion
    self.sourceLocale = sourceLocale
    self.locales = locales
    self.catalogs = catalogs
    self.pages = pages
    self.entries = entries
  }

  /// Each catalog's definition by its name (names are unique: the configuration refuses two alike).
  public var definitionsByName: [String: CatalogDefinition] { Self.definitionsByName(catalogs) }

  static func definitionsByName(_ catalogs: [CatalogDefinition]) -> [String: CatalogDefinition] {
    Dictionary(catalogs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
  }
}
