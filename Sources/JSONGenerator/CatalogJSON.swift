import DocModel

/// The catalog in JSON, key for key what its `Codable` form encodes (nil values left out), so that
/// ``JSONOutput/encode(_:)-(Catalog)`` can skip `JSONEncoder`: its members but the entries as a
/// ``JSONValue``, each entry written straight to bytes (``writeEntry(_:indent:into:)``).
enum CatalogJSON {
  /// The catalog without its `entries` member, which ``JSONOutput`` writes apart.
  static func valueWithoutEntries(_ catalog: Catalog) -> JSONValue {
    let members: [String: JSONValue] = [
      "schemaVersion": .integer(catalog.schemaVersion),
      "sourceLocale": .string(catalog.sourceLocale),
      "locales": .array(catalog.locales.map(JSONValue.string)),
      "catalogs": .array(catalog.catalogs.map(definition)),
      "pages": .array(catalog.pages.map(page)),
    ]
    return .object(members)
  }

  /// A catalog's definition, as its `Codable` form writes it.
  static func definition(_ definition: CatalogDefinition) -> JSONValue {
    .object([
      "name": .string(definition.name),
      "pages": .array(definition.pages.map(JSONValue.string)),
      "fields": .array(definition.fields.map(field)),
      "key": .array(definition.key.map(JSONValue.string)),
      "lookup": .array(definition.lookup.map(JSONValue.string)),
    ])
  }

  static func field(_ field: CatalogField) -> JSONValue {
    var object: [String: JSONValue] = [
      "name": .string(field.name), "type": .string(field.type.rawValue),
      "header": .object(field.header.mapValues { .array($0.map(JSONValue.string)) }),
      "translated": .bool(field.translated), "required": .bool(field.required),
    ]
    if let anyValue = field.anyValue { object["anyValue"] = .string(anyValue) }
    return .object(object)
  }

  static func page(_ page: CatalogPage) -> JSONValue {
    var object: [String: JSONValue] = [
      "id": .string(page.id), "locale": .string(page.locale), "path": .string(page.path),
      "frontMatter": .object(page.frontMatter),
    ]
    if let title = page.title { object["title"] = .string(title) }
    return .object(object)
  }

  /// An entry written `indent` spaces deep, keys in sorted order, in the form of ``JSONWriter``: the form of
  /// ``Catalog/json(_:definition:links:)``.
  static func writeEntry(
    _ entry: CatalogEntry, of catalog: Catalog, definitions: [String: CatalogDefinition], links: CatalogRowLinks,
    indent: Int, into output: inout [UInt8]
  ) {
    let value = definitions[entry.catalog].map { catalog.json(entry, definition: $0, links: links) } ?? .null
    JSONWriter.write(value, indent: indent, into: &output)
  }
}
