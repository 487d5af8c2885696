/// A docs folder's `doccatalog.yml`: the locales, the catalogs and the outputs.
public struct Configuration: Sendable, Hashable {
  /// The locale translations are made from; its rows define the entries.
  public var sourceLocale: String
  /// Every locale folder of the docs, the source locale included.
  public var locales: [String]
  public var catalogs: [CatalogDefinition]
  /// Where `build` writes its outputs, relative to the docs folder.
  public var outputs: Outputs
  /// The file the configuration was read from, if any.
  public var path: String?

  /// Output paths, relative to the docs folder.
  public struct Outputs: Sendable, Hashable {
    /// The catalog JSON.
    public var json: String?
    /// The generated Swift source.
    public var swift: String?

    public init(json: String? = nil, swift: String? = nil) {
      self.json = json
      self.swift = swift
    }
  }

  public init(
    sourceLocale: String, locales: [String], catalogs: [CatalogDefinition] = [], outputs: Outputs = Outputs(),
    path: String? = nil
  ) {
    self.sourceLocale = sourceLocale
    self.locales = locales.contains(sourceLocale) ? locales : [sourceLocale] + locales
    self.catalogs = catalogs
    self.outputs = outputs
    self.path = path
  }

  /// The locales with the source locale first, the others in configured order.
  public var orderedLocales: [String] {
    [sourceLocale] + locales.filter { $0 != sourceLocale }
  }
}
