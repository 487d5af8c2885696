/// The catalog's JSON form: entries' values are typed by their catalog's fields (``CatalogValue/json(as:)``);
/// each locale holds the translated fields, and the entry the others, from the source locale.
extension Catalog: Codable {
  enum CodingKeys: String, CodingKey { case schemaVersion, sourceLocale, locales, catalogs, pages, entries }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
    guard schemaVersion == Self.currentSchemaVersion else {
      throw DecodingError.dataCorruptedError(
        forKey: .schemaVersion, in: container,
        debugDescription: "schema version \(schemaVersion); this tool reads version \(Self.currentSchemaVersion)")
    }
    sourceLocale = try container.decode(String.self, forKey: .sourceLocale)
    locales = try container.decode([String].self, forKey: .locales)
    catalogs = try container.decode([CatalogDefinition].self, forKey: .catalogs)
    pages = try container.decode([CatalogPage].self, forKey: .pages)
    let definitions = Self.definitionsByName(catalogs)
    let source = sourceLocale
    entries = try container.decode([JSONValue].self, forKey: .entries).map { json in
      guard case .object(let object) = json, case .string(let catalog)? = object["catalog"],
        let definition = definitions[catalog]
      else {
        throw DecodingError.dataCorruptedError(
          forKey: .entries, in: container, debugDescription: "an entry of no catalog this file defines")
      }
      return Self.entry(object, definition: definition, sourceLocale: source)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(sourceLocale, forKey: .sourceLocale)
    try container.encode(locales, forKey: .locales)
    try container.encode(catalogs, forKey: .catalogs)
    try container.encode(pages, forKey: .pages)
    let definitions = definitionsByName
    let links = CatalogRowLinks(self)
    try container.encode(
      entries.map { entry in definitions[entry.catalog].map { json(entry, definition: $0, links: links) } ?? .null },
      forKey: .entries)
  }

  /// An entry as JSON: `catalog`, `id`, `locales` (each with `fallback`, `href` (where the site shows the
  /// row, ``CatalogRowLinks``), `line`, `path` and the translated fields' `values`), `page`, and the `values`
  /// of the fields that are not translated.
  public func json(_ entry: CatalogEntry, definition: CatalogDefinition, links: CatalogRowLinks) -> JSONValue {
    var values: [String: JSONValue] = [:]
    if let source = entry.locales[sourceLocale] {
      for (index, field) in definition.fields.enumerated() where !field.translated {
        values[field.name] = source[index].json(as: field.type)
      }
    }
    var locales: [String: JSONValue] = [:]
    for (locale, localized) in entry.locales {
      var translated: [String: JSONValue] = [:]
      for (index, field) in definition.fields.enumerated() where field.translated {
        translated[field.name] = localized[index].json(as: field.type)
      }
      locales[locale] = .object([
        "fallback": .bool(localized.fallback), "href": .string(links.href(of: entry, in: locale)),
        "line": .integer(localized.line), "path": .string(localized.path),
        "values": .object(translated),
      ])
    }
    return .object([
      "catalog": .string(entry.catalog), "id": .string(entry.id), "locales": .object(locales),
      "page": .string(entry.page), "values": .object(values),
    ])
  }

  private static func entry(_ object: [String: JSONValue], definition: CatalogDefinition, sourceLocale: String)
    -> CatalogEntry
  {
    func string(_ value: JSONValue?) -> String {
      if case .string(let text) = value { return text }
      return ""
    }
    var shared: [String: JSONValue] = [:]
    if case .object(let values)? = object["values"] { shared = values }
    var locales: [String: LocalizedEntry] = [:]
    if case .object(let byLocale)? = object["locales"] {
      for (locale, json) in byLocale {
        guard case .object(let localized) = json else { continue }
        var own: [String: JSONValue] = [:]
        if case .object(let values)? = localized["values"] { own = values }
        let values = definition.fields.map { field in
          // Fields that are not translated are written once, on the entry: each locale's row had the source's.
          CatalogValue(json: (field.translated ? own[field.name] : shared[field.name]) ?? .null, as: field.type)
        }
        var line = 0
        if case .integer(let number)? = localized["line"] { line = number }
        var fallback = false
        if case .bool(let flag)? = localized["fallback"] { fallback = flag }
        locales[locale] = LocalizedEntry(
          values: values, path: string(localized["path"]), line: line, fallback: fallback)
      }
    }
    return CatalogEntry(
      id: string(object["id"]), catalog: string(object["catalog"]), page: string(object["page"]), locales: locales)
  }
}
