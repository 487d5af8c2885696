public import DocModel
import Mustache

/// The values a Swift template renders: the catalog with every string already a Swift literal.
///
/// Keys (all strings are Swift source unless they end in `Text`):
/// `command`, `sources` (paths as text), `catalogs[]` with `name`, `sourceLocale`, `sourceLocaleText`,
/// `locales[]`, `entryCount`, `localeCount`, `apps[]` (`caseName`, `literal`, `doc`), and `entries[]` with
/// `property`, `id`, `message`, `appCase`, `doc[]` (comment lines), `localizations[]` (an
/// `Entry.Localized(...)` expression per locale, the source locale first), `patterns`, plus `idText`,
/// `messageText`, `appText`; `catalogs[]` also has `entryDefinitions`, every entry rendered from the entry
/// template, in order.
public struct SwiftCatalogContext {
  public var catalog: Catalog
  /// The command that regenerates the file, for its header.
  public var command: String

  public init(catalog: Catalog, command: String) {
    self.catalog = catalog
    self.command = command
  }

  /// The template values, and each catalog's entries rendered from `entryTemplate` (UTF-8, one chunk per
  /// entry). They are large, so the values hold `marker(index)` for them as the catalog's `entryDefinitions`,
  /// and the generator puts them in place in the rendered text without copying them through the template.
  func values(entryTemplate: MustacheTemplate, marker: (Int) -> String) -> (
    dictionary: [String: Any], definitions: [[[UInt8]]]
  ) {
    let usedCatalogs = Set(catalog.entries.map(\.catalog))
    let usedPages = Set(catalog.entries.map(\.page))
    let definitions = catalog.catalogs.filter { usedCatalogs.contains($0.name) }
    let sourcePages = catalog.pages.filter { usedPages.contains($0.id) }.map(\.path)
    var catalogs: [[String: Any]] = []
    var entryDefinitions: [[[UInt8]]] = []
    for (index, definition) in definitions.enumerated() {
      var (values, rendered) = catalogContext(definition, entryTemplate: entryTemplate)
      values["entryDefinitions"] = marker(index)
      catalogs.append(values)
      entryDefinitions.append(rendered)
    }
    let dictionary: [String: Any] = [
      "command": SwiftLiteral.commentLine(command),
      "sources": sourcePages.map(SwiftLiteral.commentLine),
      "catalogs": catalogs,
    ]
    return (dictionary, entryDefinitions)
  }

  private func catalogContext(
    _ definition: CatalogDefinition, entryTemplate: MustacheTemplate
  ) -> ([String: Any], [[UInt8]]) {
    let entries = catalog.entries.filter { $0.catalog == definition.name }
    let source = catalog.sourceLocale
    var appTexts: [String] = []
    var seenApps: Set<String> = []
    for entry in entries {
      let app = entry.locales[source]?.app.text ?? ""
      if seenApps.insert(app).inserted { appTexts.append(app) }
    }
    if appTexts.isEmpty { appTexts = [""] }
    let appCases = SwiftIdentifier.uniqued(appTexts.map { SwiftIdentifier.lowerCamelCase($0, fallback: "unnamed") })
    let caseForApp = Dictionary(zip(appTexts, appCases), uniquingKeysWith: { first, _ in first })

    let properties = SwiftIdentifier.uniqued(
      entries.map { entry in
        let slug = entry.id.split(separator: "-").dropLast().joined(separator: "-")
        return SwiftIdentifier.lowerCamelCase(slug, fallback: "entry")
      })
    let locales = catalog.locales
    let fallbackCase = appCases[0]
    let entryValues = zip(entries, properties).map { entry, property in
      let app = entry.locales[source]?.app.text ?? ""
      return SwiftEntryValues(
        entry: entry, property: property, appCase: caseForApp[app] ?? fallbackCase, sourceLocale: source,
        locales: locales)
    }
    // Each entry is rendered on its own, on every core.
    var definitions = ConcurrentMap.map(entryValues) { Array(entryTemplate.render($0).utf8) }
    // Each definition ends with a newline, and the template's line adds one more.
    if definitions.last?.last == 0x0A { definitions[definitions.count - 1].removeLast() }
    let values: [String: Any] = [
      "name": definition.name,
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
    ]
    return (values, definitions)
  }
}
