public import DocModel
import Mustache

/// The values a Swift template renders: the catalog with every string already a Swift literal.
///
/// Keys (all strings are Swift source unless they end in `Text`):
/// `command`, `access` (`public` or `internal`), `sources` (paths as text), `usesCodeLookup` and
/// `usesStatusLookup` (whether any catalog reads codes or statuses in a text), `catalogs[]` with `name` (the
/// Swift type name: the catalog's name, unless it is reserved, ``SwiftIdentifier/typeNames(_:)``),
/// `sourceLocale`, `sourceLocaleText`, `locales[]`, `entryCount`, `localeCount`, `enums[]` (`typeName`,
/// `fieldText`, `cases[]` with `caseName`, `literal`, `doc`), `apps[]` (the cases of the first `enum` key
/// field, else of the first `enum` field), `usesCodes`, `usesStatuses`, `usesDates`, the field lists
/// `fields[]`, `entryFields[]` (stored on the entry), `translatedFields[]` (only in each locale's text),
/// `codeLookups[]`, `integerLookups[]`, `statusLookups[]`, `codeFields[]`, `statusFields[]` (each field with
/// `property`, `label`, `summary`, `entryType`, `localizedType`, `memberAccess`), `filters[]` (the `enum` key
/// fields `lookup` takes: `label`, `parameter`, `declaration`, `condition`, `anyCase`, `anyText`),
/// `entryFilter`, `hasCodeLookup`, `hasStatusLookup`, `errorTexts[]` (none, or one with `errorMessage`,
/// `errorResolution` and perhaps `errorReason`: the properties of `LocalizedError`'s texts, and
/// `errorLocalized`, the call giving the texts), `stringsCatalog[]` (none, or with translations read from the
/// String Catalog one with `stringsTable`, its table's literal; each of `fields[]` then says how
/// `localized(bundle:)` reads it, `catalogValue`), and `entries[]`
/// with `property`, `id`, `message`, `doc[]` (comment lines), `values[]` (`label: literal` per field the entry
/// stores), `localizations[]` (an `Entry.Localized(...)` expression per locale, the source locale first),
/// `patterns`, plus `idText`, `messageText` and `<property>Text` per field (its source text); `catalogs[]` also
/// has `entryDefinitions`, every entry rendered from the entry template, in order, and `entryList`, a line `
/// property,` per entry, in order (what a section over `entries` writing `    {{{property}}},` would give, made
/// without running the template engine once per entry).
public struct SwiftCatalogContext {
  public var catalog: Catalog
  /// The command that regenerates the file, for its header.
  public var command: String
  /// The access level of the declarations.
  public var access: SwiftAccess
  /// Where the generated code reads translated texts from.
  public var strings: SwiftStrings
  /// The String Catalog table translations are read from, with `strings` `catalog`.
  public var table: String

  public init(
    catalog: Catalog, command: String, access: SwiftAccess = .public, strings: SwiftStrings = .literals,
    table: String = SwiftCatalogGenerator.defaultTable
  ) {
    self.catalog = catalog
    self.command = command
    self.access = access
    self.strings = strings
    self.table = table
  }

  /// The template values, and each catalog's entries, to be rendered from the entry template. Their
  /// definitions are large, so the values hold `marker(index)` for them as the catalog's `entryDefinitions`,
  /// and the generator renders them where the marker lands, a batch at a time, without copying them through
  /// the catalog template.
  func values(marker: (Int) -> String) -> (dictionary: [String: Any], entries: [[SwiftEntryValues]]) {
    let usedCatalogs = Set(catalog.entries.map(\.catalog))
    let usedPages = Set(catalog.entries.map(\.page))
    let definitions = catalog.catalogs.filter { usedCatalogs.contains($0.name) }
    let sourcePages = catalog.pages.filter { usedPages.contains($0.id) }.map(\.path)
    // Type names are given over every catalog of the configuration, so that a catalog's does not depend on
    // which others have entries.
    let typeNames = Dictionary(
      zip(catalog.catalogs.map(\.name), SwiftIdentifier.typeNames(catalog.catalogs.map(\.name))),
      uniquingKeysWith: { first, _ in first })
    var catalogs: [[String: Any]] = []
    var entries: [[SwiftEntryValues]] = []
    for (index, definition) in definitions.enumerated() {
      var (values, catalogEntries) = catalogContext(definition, typeName: typeNames[definition.name] ?? definition.name)
      values["entryDefinitions"] = marker(index)
      catalogs.append(values)
      entries.append(catalogEntries)
    }
    let types = Set(definitions.flatMap { $0.fields.map(\.type) })
    let dictionary: [String: Any] = [
      "usesCodeLookup": types.contains(.code)
        || definitions.contains { definition in
          definition.lookup.contains { name in
            definition.index(of: name).map { definition.fields[$0].type == .integer } ?? false
          }
        },
      "usesStatusLookup": types.contains(.status),
      "command": SwiftLiteral.commentLine(command),
      "access": access.rawValue,
      "sources": sourcePages.map(SwiftLiteral.commentLine),
      "catalogs": catalogs,
    ]
    return (dictionary, entries)
  }

  private func catalogContext(_ definition: CatalogDefinition, typeName: String) -> ([String: Any], [SwiftEntryValues])
  {
    let entries = catalog.entries.filter { $0.catalog == definition.name }
    let source = catalog.sourceLocale
    let fields = SwiftCatalogFields(definition, entries: entries, sourceLocale: source)

    // An entry's property is its symbol, which the catalog builder made unique (a collision is an error of
    // the build); one read back from the catalog JSON is made again from its source texts here. Numbering
    // repeats is left only for such a catalog, so that the source always compiles.
    let properties = SwiftIdentifier.uniqued(
      ConcurrentMap.map(entries) { entry in
        SwiftIdentifier.symbol(
          entry.symbol
            ?? EntrySymbol.name(of: { entry.locales[source]?[$0].text ?? "" }, definition: definition))
      },
      reserving: SwiftIdentifier.catalogMembers)
    // Read from the String Catalog, translations are not written into the file.
    let locales = strings == .catalog ? [source] : catalog.locales
    let entryValues = zip(entries, properties).map { entry, property in
      SwiftEntryValues(
        entry: entry, property: property, sourceLocale: source, locales: locales, fields: fields, access: access)
    }
    let types = Set(fields.fields.map(\.type))
    let enumFields = fields.fields.filter { $0.type == .enum }
    let filters = fields.filters.map(Self.filter)
    let values: [String: Any] = [
      "name": typeName,
      "sourceLocale": SwiftLiteral.string(source), "sourceLocaleText": SwiftLiteral.commentLine(source),
      "locales": catalog.locales.map(SwiftLiteral.string),
      "entryCount": String(entries.count), "localeCount": String(catalog.locales.count),
      "enums": enumFields.map { field in
        ["typeName": field.enumType ?? "", "fieldText": field.summary, "cases": Self.cases(of: field)] as [String: Any]
      },
      // The first form's key: the cases of the first enum field (the app), for templates of one's own.
      "apps": (fields.filters.first ?? enumFields.first).map(Self.cases) ?? [],
      "usesCodes": types.contains(.code), "usesStatuses": types.contains(.status), "usesDates": types.contains(.date),
      "fields": fields.fields.map { field in
        var values = Self.fieldValues(field)
        values["catalogValue"] = Self.catalogValue(field)
        return values
      },
      "entryFields": fields.fields.filter(\.isOnEntry).map(Self.fieldValues),
      "translatedFields": fields.fields.filter { !$0.isOnEntry }.map(Self.fieldValues),
      "filters": filters,
      "entryFilter": filters.isEmpty ? "" : " where " + filters.map { $0["condition"] ?? "" }.joined(separator: " && "),
      "hasCodeLookup": !fields.codeLookups.isEmpty || !fields.integerLookups.isEmpty,
      "hasStatusLookup": !fields.statusLookups.isEmpty,
      "codeLookups": fields.codeLookups.map(Self.fieldValues),
      "integerLookups": fields.integerLookups.map(Self.fieldValues),
      "statusLookups": fields.statusLookups.map(Self.fieldValues),
      "codeFields": fields.fields.filter { $0.type == .code }.map(Self.fieldValues),
      "statusFields": fields.fields.filter { $0.type == .status }.map(Self.fieldValues),
      "errorTexts": Self.errorTexts(fields, strings: strings).map { [$0] } ?? [],
      "entries": entryValues,
      "entryList": Self.entryList(properties),
      "stringsCatalog": strings == .catalog ? [["stringsTable": SwiftLiteral.string(table)]] : [],
    ]
    return (values, entryValues)
  }

  /// The properties `LocalizedError` reads, when the catalog has a `message` and a `resolution` text field:
  /// `errorMessage`, `errorResolution`, and `errorReason` (its `description`, if any).
  private static func errorTexts(_ fields: SwiftCatalogFields, strings: SwiftStrings) -> [String: String]? {
    func property(_ name: String) -> String? {
      fields.fields.first { $0.declared.name == name && $0.localizedType == "String" }?.property
    }
    guard let message = property("message"), let resolution = property("resolution") else { return nil }
    var values = [
      "errorMessage": message, "errorResolution": resolution,
      "errorLocalized": strings == .catalog ? "localized(bundle: .main)" : "localized()",
    ]
    values["errorReason"] = property("description")
    return values
  }

  /// The expression of a field's text in `localized(bundle:)`: read from the String Catalog by its key
  /// (``XCStringsCatalog``'s: the entry's id and the field's name) when it is translated text, else the
  /// source locale's.
  private static func catalogValue(_ field: SwiftCatalogFields.Field) -> String {
    guard field.declared.translated, field.localizedType == "String" else { return "source.\(field.property)" }
    return "text(\(SwiftLiteral.string(field.declared.name)), source.\(field.property))"
  }

  /// The template values of an `enum` field's cases.
  private static func cases(of field: SwiftCatalogFields.Field) -> [[String: String]] {
    field.cases.map { text, caseName in
      [
        "caseName": caseName, "literal": SwiftLiteral.string(text),
        "doc": SwiftLiteral.commentLine(text.isEmpty ? "(no value)" : text),
      ]
    }
  }

  /// The template values of a field: its property (also its label), types and summary.
  private static func fieldValues(_ field: SwiftCatalogFields.Field) -> [String: String] {
    [
      "property": field.property, "label": field.property, "summary": field.summary,
      "entryType": field.entryType, "localizedType": field.localizedType, "memberAccess": field.memberAccess,
    ]
  }

  /// The template values of an `enum` key field as a filter of `lookup`: its parameter's declaration, the
  /// name the body knows it by, and the condition an entry meets.
  private static func filter(_ field: SwiftCatalogFields.Field) -> [String: String] {
    let label = field.property
    let bare = String(label.trimming { $0 == "`" })
    let clashes = SwiftCatalogFields.lookupLocals.contains(bare) || SwiftIdentifier.catalogMembers.contains(bare)
    let parameter = clashes || bare != label ? bare + "Filter" : label
    let type = field.enumType ?? "String"
    var condition = "(\(parameter) == nil || entry.\(label) == \(parameter)"
    var values: [String: String] = [:]
    if let any = field.declared.anyValue, let anyCase = field.cases.first(where: { $0.text == any })?.caseName {
      condition += " || entry.\(label) == .\(anyCase)"
      values["anyCase"] = anyCase
      values["anyText"] = SwiftLiteral.commentLine(any)
    }
    values["label"] = label
    values["parameter"] = parameter
    values["declaration"] = (parameter == label ? label : "\(label) \(parameter)") + ": \(type)? = nil"
    values["condition"] = condition + ")"
    return values
  }

  /// Each property on a line of its own, indented four spaces and followed by a comma, without a final
  /// line break.
  static func entryList(_ properties: [String]) -> String {
    var list: [UInt8] = []
    list.reserveCapacity(properties.reduce(0) { $0 + $1.utf8.count + 6 })
    for (index, property) in properties.enumerated() {
      if index > 0 { list.append(UInt8(ascii: "\n")) }
      list.append(contentsOf: "    ".utf8)
      list.append(contentsOf: property.utf8)
      list.append(UInt8(ascii: ","))
    }
    return String(decoding: list, as: UTF8.self)
  }

}
