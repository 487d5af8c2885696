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

  /// The definition of the catalog named `name`.
  public func definition(named name: String) -> CatalogDefinition? {
    catalogs.first { $0.name == name }
  }
}
