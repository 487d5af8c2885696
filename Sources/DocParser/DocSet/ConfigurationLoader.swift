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
        [ConfigInvalid.finding(ConfigInvalid.notUTF8, file: path, line: 1, column: 1)]
      )
    }
    // Aliases are refused before Yams composes anything: it would expand them.
    if let alias = YAMLAliases.first(in: text) {
      return (
        nil,
        [
          ConfigInvalid.finding(
            ConfigInvalid.alias(alias.name), file: path, line: alias.line, column: alias.column)
        ]
      )
    }
    let root: Node?
    do {
      // The basic resolver types nothing (see ``YAMLDefaultSchema``): values are read as text, and a flag
      // by `Node.bool`, which takes `true`, `yes` or `on` in any case, and their opposites, unless quoted or
      // tagged `!!str`.
      root = try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot()
    } catch let error as YamlError {
      let problem = YAMLProblem(error)
      return (
        nil,
        [
          ConfigInvalid.finding(
            ConfigInvalid.invalidYAML(problem.message), file: path, line: problem.line, column: problem.column)
        ]
      )
    } catch {
      return (
        nil,
        [ConfigInvalid.finding(ConfigInvalid.notYAML, file: path, line: 1, column: 1)]
      )
    }
    guard let root, let mapping = root.mapping else {
      problem(ConfigInvalid.notAMapping, root)
      return (nil, diagnostics)
    }
    let known: Set<String> = [
      "sourceLocale", "locales", "catalogs", "outputs", "rules", "glossary", "requiredFrontMatter", "doNotTranslate",
      "externalPages",
      "site",
      "swift", "xrefmaps",
    ]
    for key in mapping.keys where !known.contains(key.string ?? "") {
      problem(ConfigInvalid.unknownKey(key.string ?? "", expected: known.sorted()), key)
    }
    guard let sourceLocale = mapping["sourceLocale"]?.string, !sourceLocale.isEmpty else {
      problem(ConfigInvalid.missingSourceLocale, mapping["sourceLocale"] ?? root)
      return (nil, diagnostics)
    }
    let locales = strings(mapping["locales"], problem: problem) ?? [sourceLocale]
    // Locale names become folders, files and links: each must be a language tag.
    if !LocaleTag.isWellFormed(sourceLocale) {
      problem(ConfigInvalid.localeNotATag(sourceLocale), mapping["sourceLocale"])
    }
    for node in mapping["locales"].map({ $0.sequence.map(Array.init) ?? [$0] }) ?? [] {
      if let locale = node.string, !LocaleTag.isWellFormed(locale) {
        problem(ConfigInvalid.localeNotATag(locale), node)
      }
    }

    var catalogs: [CatalogDefinition] = []
    if let list = mapping["catalogs"] {
      guard let sequence = list.sequence else {
        problem(ConfigInvalid.catalogsNotAList, list)
        return (nil, diagnostics)
      }
      for item in sequence {
        guard let catalog = catalogDefinition(item, sourceLocale: sourceLocale, problem: problem) else { continue }
        // A catalog's name is its entries' catalog and its Swift type: two of one name would share both.
        if catalogs.contains(where: { $0.name == catalog.name }) {
          problem(ConfigInvalid.duplicateCatalogName(catalog.name), item.mapping?["name"] ?? item)
          continue
        }
        catalogs.append(catalog)
      }
    }
    var outputs = Configuration.Outputs()
    if let node = mapping["outputs"] {
      if let outputMapping = node.mapping {
        for key in outputMapping.keys where !vocabulary.outputs.contains(key.string ?? "") {
          problem(ConfigInvalid.unknownOutput(key.string ?? "", expected: vocabulary.outputs), key)
        }
        for key in vocabulary.outputs {
          guard let value = outputMapping[key] else { continue }
          outputs[key] = value.string
          if let mark = value.mark { outputs.locations[key] = SourceLocation(line: mark.line, column: mark.column) }
        }
      } else {
        problem(ConfigInvalid.outputsNotAMapping, node)
      }
    }
    var configuration = Configuration(
      sourceLocale: sourceLocale, locales: locales, catalogs: catalogs, outputs: outputs, path: path)
    if let node = mapping["rules"] {
      if let rules = node.mapping {
        for (key, value) in rules {
          let id = key.string ?? ""
          guard vocabulary.isRule(id) else {
            problem(ConfigInvalid.unknownRule(id), key)
            continue
          }
          switch value.string {
          case "off": configuration.rules[id] = .some(nil)
          case let text?:
            if let severity = Diagnostic.Severity(rawValue: text) {
              configuration.rules[id] = .some(severity)
            } else {
              problem(ConfigInvalid.invalidSeverity, value)
            }
          case nil: problem(ConfigInvalid.invalidSeverity, value)
          }
        }
      } else {
        problem(ConfigInvalid.rulesNotAMapping, node)
      }
    }
    if let node = mapping["glossary"] { configuration.glossary = strings(node, problem: problem) ?? [] }
    if let node = mapping["requiredFrontMatter"] {
      configuration.requiredFrontMatter = strings(node, problem: problem) ?? []
    }
    if let node = mapping["externalPages"] { configuration.externalPages = strings(node, problem: problem) ?? [] }
    if let node = mapping["site"] {
      configuration.editURL = SiteSettings.editURL(node, problem: problem)
      if let hosts = SiteSettings.videoHosts(node, problem: problem) { configuration.videoHosts = hosts }
    }
    if let node = mapping["swift"] { configuration.swift = SwiftConfigurationReader.settings(node, problem: problem) }
    if let node = mapping["xrefmaps"] {
      for item in node.sequence.map(Array.init) ?? [node] {
        guard let path = strings(item, problem: problem)?.first else { continue }
        configuration.xrefmaps.append(path)
        configuration.xrefmapLocations.append(
          SourceLocation(line: item.mark?.line ?? 1, column: item.mark?.column ?? 1))
      }
    }
    // The older, configuration-wide form of a field's `translated: false`.
    if let node = mapping["doNotTranslate"] {
      for name in strings(node, problem: problem) ?? [] {
        var found = false
        for catalog in configuration.catalogs.indices {
          for field in configuration.catalogs[catalog].fields.indices
          where configuration.catalogs[catalog].fields[field].name == name {
            configuration.catalogs[catalog].fields[field].translated = false
            found = true
          }
        }
        if !found { problem(ConfigInvalid.unknownField(name), node) }
      }
    }
    // In the order of the file, not of the checks.
    guard diagnostics.isEmpty else { return (nil, diagnostics.sorted()) }
    return (configuration, [])
  }

  private static func catalogDefinition(_ node: Node, sourceLocale: String, problem: (String, Node?) -> Void)
    -> CatalogDefinition?
  {
    guard let mapping = node.mapping else {
      problem(ConfigInvalid.catalogNotAMapping, node)
      return nil
    }
    guard let name = mapping["name"]?.string, isIdentifier(name) else {
      problem(ConfigInvalid.catalogNameNotAnIdentifier, mapping["name"] ?? node)
      return nil
    }
    guard let pages = strings(mapping["pages"], problem: problem), !pages.isEmpty else {
      problem(ConfigInvalid.catalogWithoutPages(name), mapping["pages"] ?? node)
      return nil
    }
    let fields: [CatalogField]
    var defaultKey: [String]
    switch (mapping["fields"], mapping["columns"]) {
    case (let fieldsNode?, nil):
      guard let fieldsMapping = fieldsNode.mapping, !fieldsMapping.keys.isEmpty else {
        problem(ConfigInvalid.catalogWithoutFields(name), fieldsNode)
        return nil
      }
      fields = fieldsMapping.compactMap { field($0.key, $0.value, sourceLocale: sourceLocale, problem: problem) }
      defaultKey = fields.first.map { [$0.name] } ?? []
    case (nil, let columnsNode?):
      guard let columns = LegacyColumns.fields(columnsNode, sourceLocale: sourceLocale, problem: problem) else {
        return nil
      }
      fields = columns
      defaultKey = ["message", "app"].filter { name in fields.contains { $0.name == name } }
    case (_?, let columnsNode?):
      problem(ConfigInvalid.fieldsAndColumns(name), columnsNode)
      return nil
    case (nil, nil):
      problem(ConfigInvalid.catalogWithoutFields(name), node)
      return nil
    }
    guard !fields.isEmpty else { return nil }
    func fieldNames(_ keyName: String, unknown: (String) -> String) -> [String]? {
      guard let listNode = mapping[keyName] else { return nil }
      var names: [String] = []
      let items = listNode.sequence.map(Array.init) ?? [listNode]
      for item in items {
        guard let name = item.string else {
          problem(ConfigInvalid.expectedText, item)
          continue
        }
        if fields.contains(where: { $0.name == name }) {
          if !names.contains(name) { names.append(name) }
        } else {
          problem(unknown(name), item)
        }
      }
      return names
    }
    let key = fieldNames("key", unknown: ConfigInvalid.unknownKeyField) ?? defaultKey
    guard !key.isEmpty else {
      problem(ConfigInvalid.emptyKey(name), mapping["key"] ?? node)
      return nil
    }
    let lookup = fieldNames("lookup", unknown: ConfigInvalid.unknownLookupField)
    var symbol: String?
    if let symbolNode = mapping["symbol"] {
      symbol = symbolNode.string.flatMap { name in fields.contains { $0.name == name } ? name : nil }
      if symbol == nil { problem(ConfigInvalid.unknownSymbolField(symbolNode.string ?? ""), symbolNode) }
    }
    return CatalogDefinition(name: name, pages: pages, fields: fields, key: key, lookup: lookup, symbol: symbol)
  }

  /// One entry of a catalog's `fields`: `name: {type, header, translated, required, any}`.
  private static func field(_ nameNode: Node, _ node: Node, sourceLocale: String, problem: (String, Node?) -> Void)
    -> CatalogField?
  {
    let name = nameNode.string ?? ""
    guard isIdentifier(name) else {
      problem(ConfigInvalid.fieldNameNotAnIdentifier(name), nameNode)
      return nil
    }
    guard let mapping = node.mapping else {
      problem(ConfigInvalid.fieldNotAMapping(name), node)
      return nil
    }
    let known = ["any", "header", "required", "translated", "type"]
    for key in mapping.keys where !known.contains(key.string ?? "") {
      problem(ConfigInvalid.unknownFieldKey(key.string ?? "", expected: known), key)
    }
    var type = CatalogFieldType.text
    if let typeNode = mapping["type"] {
      // An unknown type is reported, and the field kept as text, so that the key naming it is not reported too.
      if let value = typeNode.string.flatMap(CatalogFieldType.init(rawValue:)) {
        type = value
      } else {
        problem(ConfigInvalid.unknownFieldType(typeNode.string ?? ""), typeNode)
      }
    }
    guard let headerNode = mapping["header"],
      let header = headers(headerNode, sourceLocale: sourceLocale, problem: problem)
    else {
      problem(ConfigInvalid.fieldWithoutHeader(name), mapping["header"] ?? node)
      return nil
    }
    func bool(_ key: String) -> Bool? {
      guard let valueNode = mapping[key] else { return nil }
      guard let value = valueNode.bool else {
        problem(ConfigInvalid.expectedBool(key), valueNode)
        return nil
      }
      return value
    }
    var anyValue: String?
    if let anyNode = mapping["any"] {
      if type != .enum { problem(ConfigInvalid.anyWithoutEnum(name), anyNode) }
      anyValue = anyNode.string
      if anyValue == nil { problem(ConfigInvalid.expectedText, anyNode) }
    }
    return CatalogField(
      name: name, type: type, header: header, translated: bool("translated"), required: bool("required") ?? false,
      anyValue: anyValue)
  }

  /// A field's header texts: one text or a list of them for the source locale, or a mapping of locales to
  /// them.
  static func headers(_ node: Node, sourceLocale: String, problem: (String, Node?) -> Void) -> [String: [String]]? {
    if let perLocale = node.mapping {
      var names: [String: [String]] = [:]
      for (locale, header) in perLocale {
        names[locale.string ?? ""] = strings(header, problem: problem) ?? []
      }
      return names
    }
    return strings(node, problem: problem).map { [sourceLocale: $0] }
  }

  /// A string or a list of strings.
  static func strings(_ node: Node?, problem: (String, Node?) -> Void) -> [String]? {
    guard let node else { return nil }
    if let sequence = node.sequence {
      var values: [String] = []
      for item in sequence {
        guard let value = item.string else {
          problem(ConfigInvalid.expectedText, item)
          continue
        }
        values.append(value)
      }
      return values
    }
    if let value = node.string { return [value] }
    problem(ConfigInvalid.expectedTexts, node)
    return nil
  }

  static func isIdentifier(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first.properties.isXIDStart || first == "_" else { return false }
    return name.unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
  }
}
