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

  /// An entry written straight to bytes, `indent` spaces deep, keys in sorted order, in the form of
  /// ``JSONWriter``, without making a ``JSONValue`` of every entry (most of a large catalog's JSON).
  static func writeEntry(_ entry: CatalogEntry, indent: Int, into output: inout [UInt8]) {
    let inner = indent + 2
    JSONWriter.openObject(into: &output)
    JSONWriter.member("catalog", isFirst: true, indent: indent, into: &output)
    JSONWriter.writeString(entry.catalog, into: &output)
    JSONWriter.member("id", isFirst: false, indent: indent, into: &output)
    JSONWriter.writeString(entry.id, into: &output)
    JSONWriter.member("locales", isFirst: false, indent: indent, into: &output)
    if entry.locales.isEmpty {
      output += JSONWriter.write(.object([:]), indent: inner)
    } else {
      JSONWriter.openObject(into: &output)
      for (index, locale) in entry.locales.keys.sorted().enumerated() {
        JSONWriter.member(locale, isFirst: index == 0, indent: inner, into: &output)
        writeLocalized(entry.locales[locale]!, indent: inner + 2, into: &output)
      }
      JSONWriter.closeObject(indent: inner, into: &output)
    }
    JSONWriter.member("page", isFirst: false, indent: indent, into: &output)
    JSONWriter.writeString(entry.page, into: &output)
    JSONWriter.closeObject(indent: indent, into: &output)
  }

  /// ``localized(_:)`` written straight to bytes.
  private static func writeLocalized(_ entry: LocalizedEntry, indent: Int, into output: inout [UInt8]) {
    func text(_ key: String, _ text: CatalogText) {
      JSONWriter.member(key, isFirst: key == "app", indent: indent, into: &output)
      JSONWriter.openObject(into: &output)
      JSONWriter.member("markdown", isFirst: true, indent: indent + 2, into: &output)
      JSONWriter.writeString(text.markdown, into: &output)
      JSONWriter.member("text", isFirst: false, indent: indent + 2, into: &output)
      JSONWriter.writeString(text.text, into: &output)
      JSONWriter.closeObject(indent: indent + 2, into: &output)
    }
    JSONWriter.openObject(into: &output)
    text("app", entry.app)
    text("description", entry.description)
    JSONWriter.member("fallback", isFirst: false, indent: indent, into: &output)
    output += Array((entry.fallback ? "true" : "false").utf8)
    JSONWriter.member("line", isFirst: false, indent: indent, into: &output)
    output += Array(String(entry.line).utf8)
    text("message", entry.message)
    JSONWriter.member("path", isFirst: false, indent: indent, into: &output)
    JSONWriter.writeString(entry.path, into: &output)
    text("resolution", entry.resolution)
    JSONWriter.closeObject(indent: indent, into: &output)
  }
}
