public import DocModel

/// The catalog as a ``JSONValue``, key for key what its `Codable` form encodes (nil values left out), so
/// that ``JSONOutput/encode(_:)-(Catalog)`` can skip `JSONEncoder`.
public enum CatalogJSON {
  public static func value(_ catalog: Catalog) -> JSONValue {
    value(catalog, withEntries: true)
  }

  /// The catalog, optionally without its `entries` member (which ``JSONOutput`` writes apart).
  static func value(_ catalog: Catalog, withEntries: Bool) -> JSONValue {
    var members: [String: JSONValue] = [
      "schemaVersion": .integer(catalog.schemaVersion),
      "sourceLocale": .string(catalog.sourceLocale),
      "locales": .array(catalog.locales.map(JSONValue.string)),
      "catalogs": .array(catalog.catalogs.map(definition)),
      "pages": .array(catalog.pages.map(page)),
    ]
    if withEntries { members["entries"] = .array(catalog.entries.map(entry)) }
    return .object(members)
  }

  static func definition(_ definition: CatalogDefinition) -> JSONValue {
    var columns: [String: JSONValue] = [:]
    for (field, names) in definition.columns {
      columns[field.rawValue] = .object(names.mapValues { .array($0.map(JSONValue.string)) })
    }
    return .object([
      "name": .string(definition.name),
      "pages": .array(definition.pages.map(JSONValue.string)),
      "key": .array(definition.key.map { .string($0.rawValue) }),
      "columns": .object(columns),
    ])
  }

  static func page(_ page: CatalogPage) -> JSONValue {
    var object: [String: JSONValue] = [
      "id": .string(page.id), "locale": .string(page.locale), "path": .string(page.path),
      "frontMatter": .object(page.frontMatter),
    ]
    if let title = page.title { object["title"] = .string(title) }
    return .object(object)
  }

  static func entry(_ entry: CatalogEntry) -> JSONValue {
    .object([
      "id": .string(entry.id), "catalog": .string(entry.catalog), "page": .string(entry.page),
      "locales": .object(entry.locales.mapValues(localized)),
    ])
  }

  static func localized(_ entry: LocalizedEntry) -> JSONValue {
    func text(_ text: CatalogText) -> JSONValue {
      .object(["text": .string(text.text), "markdown": .string(text.markdown)])
    }
    return .object([
      "message": text(entry.message), "app": text(entry.app), "description": text(entry.description),
      "resolution": text(entry.resolution), "path": .string(entry.path), "line": .integer(entry.line),
      "fallback": .bool(entry.fallback),
    ])
  }
}
