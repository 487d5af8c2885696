import DocConsole
import DocModel

/// One entry `lookup` found, in the locale asked for, as text or JSON.
struct LookupMatch {
  let entry: CatalogEntry
  let definition: CatalogDefinition
  let localized: LocalizedEntry
  let locale: String
  let sourceLocale: String

  private var isFallback: Bool { localized.fallback || entry.locales[locale] == nil }

  /// Each field and its value: a translated field's in the locale, the others' from the source locale.
  private var values: [(field: CatalogField, value: CatalogValue)] {
    definition.fields.indices.map { index in
      (definition.fields[index], entry.value(index, of: definition, in: locale, sourceLocale: sourceLocale))
    }
  }

  /// `id`, `catalog`, `page`, `locale`, `path`, `line`, `fallback`, and `values` typed as in the catalog JSON.
  var json: JSONValue {
    var fields: [String: JSONValue] = [:]
    for (field, value) in values { fields[field.name] = value.json(as: field.type) }
    return .object([
      "id": .string(entry.id), "catalog": .string(entry.catalog), "page": .string(entry.page),
      "locale": .string(locale), "path": .string(localized.path), "line": .integer(localized.line),
      "fallback": .bool(isFallback), "values": .object(fields),
    ])
  }

  /// A heading, then a line per field (texts from the docs, control characters escaped: ``TerminalText``),
  /// then where the row is.
  var text: String {
    let heading = "\(entry.catalog) \(entry.id) (\(locale)\(isFallback ? ", from the source locale" : ""))"
    var lines = [TerminalText.escaped(heading)]
    let width = max(12, definition.fields.map(\.name.count).max() ?? 0) + 1
    func line(_ label: String, _ text: String) {
      let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        TerminalText.escaped(String($0))
      }.joined(separator: "\n" + String(repeating: " ", count: width))
      lines.append(label.padding(toLength: width, withPad: " ", startingAt: 0) + indented)
    }
    for (field, value) in values {
      switch value.value {
      case .code(let code): line(field.name, code.written == code.hex ? code.hex : "\(code.written) (\(code.hex))")
      default: line(field.name, value.text)
      }
    }
    line("source", "\(localized.path):\(localized.line)")
    return lines.joined(separator: "\n") + "\n"
  }
}
