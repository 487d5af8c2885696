public import DocModel
internal import Yams

/// Reads `doccatalog.yml`, reporting every problem at its line and column.
///
/// ```yaml
/// sourceLocale: en-US
/// locales: [en-US, ja-JP]
/// catalogs:
///   - name: AppConnectorErrors
///     pages: [troubleshooting-api-connectors-using-error-messages.md]
///     key: [message, app]
///     columns:
///       message: { en-US: Error message, ja-JP: エラー メッセージ }
/// outputs:
///   json: generated/catalog.json
///   swift: ../Examples/AppConnectorErrors/AppConnectorErrors.swift
/// ```
public enum ConfigurationLoader {
  /// The name of the configuration file at the root of a docs folder.
  public static let fileName = "doccatalog.yml"

  /// Reads a configuration file's bytes; `vocabulary` tells which outputs and rules it may name.
  public static func load(bytes: [UInt8], path: String, vocabulary: ConfigurationVocabulary) -> (
    Configuration?, [Diagnostic]
  ) {
    var diagnostics: [Diagnostic] = []
    func problem(_ message: String, _ node: Node?) {
      diagnostics.append(
        ConfigInvalid.finding(
          message, file: path, line: node?.mark?.line ?? 1,
          column: node?.mark?.column ?? 1))
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return (
        nil,
        [ConfigInvalid.finding("configuration is not valid UTF-8", file: path, line: 1, column: 1)]
      )
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      var line = 1
      var column = 1
      var message = "\(error)"
      switch error {
      case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
        .composer(_, let problem, let mark, _):
        line = mark.line
        column = mark.column
        message = problem
      default: break
      }
      return (
        nil,
        [
          ConfigInvalid.finding(
            "configuration is not valid YAML: \(message)", file: path, line: line,
            column: column)
        ]
      )
    } catch {
      return (
        nil,
        [ConfigInvalid.finding("configuration is not valid YAML", file: path, line: 1, column: 1)]
      )
    }
    guard let root, let mapping = root.mapping else {
      problem("configuration must be a mapping", root)
      return (nil, diagnostics)
    }
    let known: Set<String> = [
      "sourceLocale", "locales", "catalogs", "outputs", "rules", "glossary", "requiredFrontMatter", "doNotTranslate",
      "externalPages",
    ]
    for key in mapping.keys where !known.contains(key.string ?? "") {
      problem("unknown key '\(key.string ?? "")'; expected one of \(known.sorted().joined(separator: ", "))", key)
    }
    guard let sourceLocale = mapping["sourceLocale"]?.string, !sourceLocale.isEmpty else {
      problem("'sourceLocale' is required, such as 'sourceLocale: en-US'", mapping["sourceLocale"] ?? root)
      return (nil, diagnostics)
    }
    let locales = strings(mapping["locales"], problem: problem) ?? [sourceLocale]

    var catalogs: [CatalogDefinition] = []
    if let list = mapping["catalogs"] {
      guard let sequence = list.sequence else {
        problem("'catalogs' must be a list", list)
        return (nil, diagnostics)
      }
      for item in sequence {
        if let catalog = catalogDefinition(item, problem: problem) { catalogs.append(catalog) }
      }
    }
    var outputs = Configuration.Outputs()
    if let node = mapping["outputs"] {
      if let outputMapping = node.mapping {
        for key in outputMapping.keys where !vocabulary.outputs.contains(key.string ?? "") {
          problem("unknown output '\(key.string ?? "")'; expected \(alternatives(vocabulary.outputs))", key)
        }
        for key in vocabulary.outputs { outputs[key] = outputMapping[key]?.string }
      } else {
        problem("'outputs' must be a mapping such as 'json: generated/catalog.json'", node)
      }
    }
    var configuration = Configuration(
      sourceLocale: sourceLocale, locales: locales, catalogs: catalogs, outputs: outputs, path: path)
    if let node = mapping["rules"] {
      if let rules = node.mapping {
        for (key, value) in rules {
          let id = key.string ?? ""
          guard vocabulary.isRule(id) else {
            problem("unknown rule '\(id)'; 'doccatalog validate --list-rules' lists them", key)
            continue
          }
          switch value.string {
          case "off": configuration.rules[id] = .some(nil)
          case let text?:
            if let severity = Diagnostic.Severity(rawValue: text) {
              configuration.rules[id] = .some(severity)
            } else {
              problem("rule severity must be 'error', 'warning', 'note' or 'off'", value)
            }
          case nil: problem("rule severity must be 'error', 'warning', 'note' or 'off'", value)
          }
        }
      } else {
        problem("'rules' must map rule ids to 'error', 'warning', 'note' or 'off'", node)
      }
    }
    if let node = mapping["glossary"] { configuration.glossary = strings(node, problem: problem) ?? [] }
    if let node = mapping["requiredFrontMatter"] {
      configuration.requiredFrontMatter = strings(node, problem: problem) ?? []
    }
    if let node = mapping["externalPages"] { configuration.externalPages = strings(node, problem: problem) ?? [] }
    if let node = mapping["doNotTranslate"] {
      configuration.doNotTranslate = (strings(node, problem: problem) ?? []).compactMap { name in
        guard let field = CatalogField(rawValue: name) else {
          problem("unknown field '\(name)'", node)
          return nil
        }
        return field
      }
    }
    guard diagnostics.isEmpty else { return (nil, diagnostics) }
    return (configuration, [])
  }

  private static func catalogDefinition(_ node: Node, problem: (String, Node?) -> Void) -> CatalogDefinition? {
    guard let mapping = node.mapping else {
      problem("each catalog must be a mapping with 'name', 'pages' and 'columns'", node)
      return nil
    }
    guard let name = mapping["name"]?.string, isIdentifier(name) else {
      problem("catalog 'name' must be an identifier such as 'AppConnectorErrors'", mapping["name"] ?? node)
      return nil
    }
    guard let pages = strings(mapping["pages"], problem: problem), !pages.isEmpty else {
      problem(
        "catalog '\(name)' needs 'pages', a list of page paths inside each locale folder", mapping["pages"] ?? node)
      return nil
    }
    guard let columnsNode = mapping["columns"], let columnsMapping = columnsNode.mapping else {
      problem(
        "catalog '\(name)' needs 'columns', mapping each field to its header text per locale",
        mapping["columns"] ?? node)
      return nil
    }
    var columns: [CatalogField: [String: [String]]] = [:]
    for (key, value) in columnsMapping {
      guard let field = CatalogField(rawValue: key.string ?? "") else {
        let fields = CatalogField.allCases.map(\.rawValue).joined(separator: ", ")
        problem("unknown field '\(key.string ?? "")'; expected one of \(fields)", key)
        continue
      }
      guard let perLocale = value.mapping else {
        problem("column '\(field.rawValue)' must map locales to header texts", value)
        continue
      }
      var names: [String: [String]] = [:]
      for (locale, header) in perLocale {
        names[locale.string ?? ""] = strings(header, problem: problem) ?? []
      }
      columns[field] = names
    }
    guard columns[.message] != nil else {
      problem("catalog '\(name)' needs a 'message' column", columnsNode)
      return nil
    }
    var key: [CatalogField] = [.message, .app]
    if let keyNode = mapping["key"] {
      key = []
      for name in strings(keyNode, problem: problem) ?? [] {
        if let field = CatalogField(rawValue: name) {
          key.append(field)
        } else {
          problem("unknown key field '\(name)'", keyNode)
        }
      }
    }
    return CatalogDefinition(name: name, pages: pages, columns: columns, key: key)
  }

  /// A string or a list of strings.
  private static func strings(_ node: Node?, problem: (String, Node?) -> Void) -> [String]? {
    guard let node else { return nil }
    if let sequence = node.sequence {
      var values: [String] = []
      for item in sequence {
        guard let value = item.string else {
          problem("expected text", item)
          continue
        }
        values.append(value)
      }
      return values
    }
    if let value = node.string { return [value] }
    problem("expected text or a list of texts", node)
    return nil
  }

  private static func isIdentifier(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first.properties.isXIDStart || first == "_" else { return false }
    return name.unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
  }

  /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
  private static func alternatives(_ names: [String]) -> String {
    let quoted = names.map { "'\($0)'" }
    guard let last = quoted.last else { return "nothing" }
    return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
  }
}
