/// One row of a catalog table, in every locale.
public struct CatalogEntry: Sendable, Hashable {
  /// Stable: derived from the source locale's key fields, so it survives reordering rows and changing
  /// translations.
  public var id: String
  /// The name of the catalog the entry belongs to.
  public var catalog: String
  /// The ``CatalogPage/id`` of the page the row is on.
  public var page: String
  /// The entry in each locale of the catalog, keyed by locale.
  public var locales: [String: LocalizedEntry]
  /// The entry's name in generated code (``EntrySymbol``), as the catalog builder gave it; `nil` for an entry
  /// read back from the catalog JSON, which does not keep it.
  public var symbol: String?

  public init(id: String, catalog: String, page: String, locales: [String: LocalizedEntry], symbol: String? = nil) {
    self.id = id
    self.catalog = catalog
    self.page = page
    self.locales = locales
    self.symbol = symbol
  }

  /// The entry's value of the field at `index` in `locale`: the locale's own for a translated field, the
  /// source locale's for one that is not.
  /// Entries are equal by their content: the symbol is made from it (the catalog JSON does not keep it).
  public static func == (left: CatalogEntry, right: CatalogEntry) -> Bool {
    left.id == right.id && left.catalog == right.catalog && left.page == right.page && left.locales == right.locales
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(catalog)
    hasher.combine(page)
    hasher.combine(locales)
  }

  public func value(_ index: Int, of definition: CatalogDefinition, in locale: String, sourceLocale: String)
    -> CatalogValue
  {
    let field = definition.fields[index]
    let from = field.translated ? locale : sourceLocale
    return (locales[from] ?? locales[sourceLocale])?[index] ?? .empty
  }
}
