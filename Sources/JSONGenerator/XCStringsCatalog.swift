public import DocModel

/// The catalog's texts as an Xcode String Catalog (`.xcstrings`): one string per entry and field, keyed
/// `<entry id>.<field>`, with the source locale's text and each locale's translation.
///
/// A translation read from a page that front matter marks machine-translated (`ms.translationtype: MT`,
/// or `MT…`) is `needs_review`, every other one `translated`; a locale without a row for the entry has no
/// localization of it. A field that is not translated has `shouldTranslate: false` and the source text
/// alone. Each string's comment names its entry's page and field. Written as Xcode writes the format: keys
/// sorted, two-space indentation, `"key" : value`.
public enum XCStringsCatalog {
  /// The front matter key whose value says how a page was translated, and the prefix of machine translation.
  static let translationTypeKey = "ms.translationtype"
  static let machineTranslationPrefix = "MT"

  /// The String Catalog's bytes, with a final newline.
  public static func encode(_ catalog: Catalog) -> [UInt8] {
    JSONOutput.encode(value(catalog))
  }

  /// The String Catalog as a JSON value.
  public static func value(_ catalog: Catalog) -> JSONValue {
    let source = catalog.sourceLocale
    let definitions = Dictionary(catalog.catalogs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    var pagesByPath: [String: CatalogPage] = [:]
    for page in catalog.pages where pagesByPath[page.path] == nil { pagesByPath[page.path] = page }
    var strings: [String: JSONValue] = [:]
    for entry in catalog.entries {
      guard let definition = definitions[entry.catalog], let sourceRow = entry.locales[source] else { continue }
      let page = pagesByPath[sourceRow.path]
      for (index, field) in definition.fields.enumerated() {
        let text = sourceRow[index].text
        guard !text.isEmpty else { continue }
        var localizations: [String: JSONValue] = [source: stringUnit(text, state: "translated")]
        if field.translated {
          for locale in catalog.locales where locale != source {
            guard let row = entry.locales[locale], !row.fallback else { continue }
            let translation = row[index].text
            guard !translation.isEmpty else { continue }
            let state = isMachineTranslated(pagesByPath[row.path]) ? "needs_review" : "translated"
            localizations[locale] = stringUnit(translation, state: state)
          }
        }
        var string: [String: JSONValue] = [
          "comment": .string(comment(page: page, path: sourceRow.path, field: field.name)),
          "extractionState": .string("manual"),
          "localizations": .object(localizations),
        ]
        if !field.translated { string["shouldTranslate"] = .bool(false) }
        strings[key(entryID: entry.id, field: field.name)] = .object(string)
      }
    }
    return .object([
      "sourceLanguage": .string(source),
      "strings": .object(strings),
      "version": .string("1.0"),
    ])
  }

  /// The key of an entry's field: `<entry id>.<field name>`.
  public static func key(entryID: String, field: String) -> String {
    entryID + "." + field
  }

  private static func stringUnit(_ value: String, state: String) -> JSONValue {
    .object(["stringUnit": .object(["state": .string(state), "value": .string(value)])])
  }

  /// Whether the page's front matter says a machine translated it.
  static func isMachineTranslated(_ page: CatalogPage?) -> Bool {
    guard case .string(let type)? = page?.frontMatter[translationTypeKey] else { return false }
    return type.uppercased().hasPrefix(machineTranslationPrefix)
  }

  /// The comment of an entry's field: the docs page the entry comes from (its title, if any) and the field.
  private static func comment(page: CatalogPage?, path: String, field: String) -> String {
    let title = page?.title.map { "'\($0)', " } ?? ""
    return "The '\(field)' field of an entry of the docs page \(title)\(path)"
  }
}
