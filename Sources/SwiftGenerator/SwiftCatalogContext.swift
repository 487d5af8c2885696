public import DocModel
import Mustache

/// The values a Swift template renders: the catalog with every string already a Swift literal.
///
/// Keys (all strings are Swift source unless they end in `Text`):
/// `command`, `sources` (paths as text), `catalogs[]` with `name` (the Swift type name: the catalog's name,
/// unless it is reserved, ``SwiftIdentifier/typeNames(_:)``), `sourceLocale`, `sourceLocaleText`,
/// `locales[]`, `entryCount`, `localeCount`, `apps[]` (`caseName`, `literal`, `doc`), `anyApp` (the case of
/// the app value that stands for every app, if any) and `anyAppText`, and `entries[]` with
/// `property`, `id`, `message`, `appCase`, `doc[]` (comment lines), `localizations[]` (an
/// `Entry.Localized(...)` expression per locale, the source locale first), `patterns`, plus `idText`,
/// `messageText`, `appText`; `catalogs[]` also has `entryDefinitions`, every entry rendered from the entry
/// template, in order, and `entryList`, a line `    property,` per entry, in order (what a section over
/// `entries` writing `    {{{property}}},` would give, made without running the template engine once per
/// entry).
public struct SwiftCatalogContext {
  public var catalog: Catalog
  /// The command that regenerates the file, for its header.
  public var command: String

  public init(catalog: Catalog, command: String) {
    self.catalog = catalog
    self.command = command
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
    let dictionary: [String: Any] = [
      "command": SwiftLiteral.commentLine(command),
      "sources": sourcePages.map(SwiftLiteral.commentLine),
      "catalogs": catalogs,
    ]
    return (dictionary, entries)
  }

  private func catalogContext(_ definition: CatalogDefinition, typeName: String) -> ([String: Any], [SwiftEntryValues])
  {
    let entries = catalog.entries.filter { $0.catalog == definition.name }
    let source = catalog.sourceLocale
    let fields = SwiftTextFields(definition)
    var appTexts: [String] = []
    var seenApps: Set<String> = []
    for entry in entries {
      let app = fields.text(.app, of: entry.locales[source])
      if seenApps.insert(app).inserted { appTexts.append(app) }
    }
    if appTexts.isEmpty { appTexts = [""] }
    let appCases = SwiftIdentifier.uniqued(appTexts.map { SwiftIdentifier.lowerCamelCase($0, fallback: "unnamed") })
    let caseForApp = Dictionary(zip(appTexts, appCases), uniquingKeysWith: { first, _ in first })

    // An entry's property is named after its id without the hash, on every core; only making the names
    // unique goes in order, around the members the catalog's type declares itself.
    let properties = SwiftIdentifier.uniqued(
      ConcurrentMap.map(entries) { SwiftIdentifier.lowerCamelCase(Self.slug(ofID: $0.id), fallback: "entry") },
      reserving: SwiftIdentifier.catalogMembers)
    let locales = catalog.locales
    let fallbackCase = appCases[0]
    let entryValues = zip(entries, properties).map { entry, property in
      let app = fields.text(.app, of: entry.locales[source])
      return SwiftEntryValues(
        entry: entry, property: property, appCase: caseForApp[app] ?? fallbackCase, sourceLocale: source,
        locales: locales, fields: fields)
    }
    let values: [String: Any] = [
      "name": typeName,
      "sourceLocale": SwiftLiteral.string(source), "sourceLocaleText": SwiftLiteral.commentLine(source),
      "locales": catalog.locales.map(SwiftLiteral.string),
      "entryCount": String(entries.count), "localeCount": String(catalog.locales.count),
      "apps": zip(appTexts, appCases).map { text, caseName in
        [
          "caseName": caseName, "literal": SwiftLiteral.string(text),
          "doc": SwiftLiteral.commentLine(text.isEmpty ? "(no app)" : text),
        ]
      },
      "entries": entryValues,
      "anyApp": fields.anyApp.flatMap { caseForApp[$0] } ?? false,
      "anyAppText": SwiftLiteral.commentLine(fields.anyApp ?? ""),
      "entryList": Self.entryList(properties),
    ]
    return (values, entryValues)
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

  /// An entry id without its last `-` part (the hash): its `-`-separated parts, empty ones left out, all but
  /// the last, joined again. ASCII ids, as the catalog makes them, are cut on bytes.
  static func slug(ofID id: String) -> String {
    guard id.isASCII else {
      return id.split(separator: "-").dropLast().joined(separator: "-")
    }
    let parts = id.utf8.split(separator: UInt8(ascii: "-"))
    return parts.dropLast().map { String(decoding: $0, as: UTF8.self) }.joined(separator: "-")
  }
}
