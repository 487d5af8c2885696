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

  /// What writing a catalog's entries needs once, not per entry: each definition's fields in the order
  /// their names sort, and the locales in theirs.
  struct EntryLayout: Sendable {
    /// Per catalog, the indices of its translated and untranslated fields, sorted by name.
    var fields: [String: (translated: [Int], shared: [Int], definition: CatalogDefinition)]
    var sortedLocales: [String]

    init(_ catalog: Catalog) {
      fields = catalog.definitionsByName.mapValues { definition in
        let byName = definition.fields.indices.sorted { definition.fields[$0].name < definition.fields[$1].name }
        return (
          byName.filter { definition.fields[$0].translated }, byName.filter { !definition.fields[$0].translated },
          definition
        )
      }
      var locales = Set(catalog.locales)
      for entry in catalog.entries { locales.formUnion(entry.locales.keys) }
      sortedLocales = locales.sorted()
    }
  }

  /// An entry written `indent` spaces deep, keys in sorted order, member by member: the bytes
  /// ``JSONWriter`` gives for ``Catalog/json(_:definition:links:)``, without making that value.
  static func writeEntry(
    _ entry: CatalogEntry, of catalog: Catalog, layout: EntryLayout, links: CatalogRowLinks, indent: Int,
    into output: inout [UInt8]
  ) {
    guard let (translated, shared, definition) = layout.fields[entry.catalog] else {
      return output.append(contentsOf: "null".utf8)
    }
    func writeValues(_ indices: [Int], of values: [CatalogValue], indent: Int) {
      JSONWriter.openObject(into: &output)
      for (position, index) in indices.enumerated() {
        let field = definition.fields[index]
        JSONWriter.member(field.name, isFirst: position == 0, indent: indent, into: &output)
        CatalogValueJSON.write(values[index], as: field.type, indent: indent + 2, into: &output)
      }
      JSONWriter.closeObject(indent: indent, into: &output)
    }
    JSONWriter.openObject(into: &output)
    JSONWriter.member("catalog", isFirst: true, indent: indent, into: &output)
    JSONWriter.writeString(entry.catalog, into: &output)
    JSONWriter.member("id", isFirst: false, indent: indent, into: &output)
    JSONWriter.writeString(entry.id, into: &output)
    JSONWriter.member("locales", isFirst: false, indent: indent, into: &output)
    JSONWriter.openObject(into: &output)
    var isFirstLocale = true
    let localeIndent = indent + 2
    for locale in layout.sortedLocales {
      guard let localized = entry.locales[locale] else { continue }
      JSONWriter.member(locale, isFirst: isFirstLocale, indent: localeIndent, into: &output)
      isFirstLocale = false
      let memberIndent = localeIndent + 2
      JSONWriter.openObject(into: &output)
      JSONWriter.member("fallback", isFirst: true, indent: memberIndent, into: &output)
      output.append(contentsOf: (localized.fallback ? "true" : "false").utf8)
      JSONWriter.member("href", isFirst: false, indent: memberIndent, into: &output)
      JSONWriter.writeString(links.href(of: entry, in: locale), into: &output)
      JSONWriter.member("line", isFirst: false, indent: memberIndent, into: &output)
      output.append(contentsOf: String(localized.line).utf8)
      JSONWriter.member("path", isFirst: false, indent: memberIndent, into: &output)
      JSONWriter.writeString(localized.path, into: &output)
      JSONWriter.member("values", isFirst: false, indent: memberIndent, into: &output)
      writeValues(translated, of: localized.values, indent: memberIndent + 2)
      JSONWriter.closeObject(indent: memberIndent, into: &output)
    }
    JSONWriter.closeObject(indent: localeIndent, into: &output)
    JSONWriter.member("page", isFirst: false, indent: indent, into: &output)
    JSONWriter.writeString(entry.page, into: &output)
    JSONWriter.member("values", isFirst: false, indent: indent, into: &output)
    writeValues(
      entry.locales[catalog.sourceLocale] == nil ? [] : shared, of: entry.locales[catalog.sourceLocale]?.values ?? [],
      indent: indent + 2)
    JSONWriter.closeObject(indent: indent, into: &output)
  }
}
