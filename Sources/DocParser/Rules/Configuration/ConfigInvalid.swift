public import DocModel

/// The configuration is not valid.
public enum ConfigInvalid: DiagnosticRule {
  public static let rule = Rule("config.invalid", .error, "the configuration is not valid")

  /// A configuration file that is not UTF-8.
  static let notUTF8 = "configuration is not valid UTF-8"
  /// A configuration file Yams cannot read, without a reason.
  static let notYAML = "configuration is not valid YAML"
  /// A configuration file Yams cannot read, and why.
  static func invalidYAML(_ problem: String) -> String { "configuration is not valid YAML: \(problem)" }
  /// An alias (`*name`): refused, since aliases of aliases expand exponentially.
  static func alias(_ name: String) -> String {
    "configuration uses the YAML alias '*\(name)'; aliases are not allowed (write the value out)"
  }
  /// A configuration whose root is not a mapping.
  static let notAMapping = "configuration must be a mapping"
  /// A top-level key the configuration does not know.
  static func unknownKey(_ key: String, expected: [String]) -> String {
    "unknown key '\(key)'; expected one of \(expected.joined(separator: ", "))"
  }
  /// A configured locale name that is not a BCP 47 language tag.
  static func localeNotATag(_ name: String) -> String {
    "locale '\(name)' is not a BCP 47 language tag such as 'en-US', 'ja-JP' or 'zh-Hant-TW'"
  }
  /// A configuration without a source locale.
  static let missingSourceLocale = "'sourceLocale' is required, such as 'sourceLocale: en-US'"
  /// `catalogs` that is not a list.
  static let catalogsNotAList = "'catalogs' must be a list"
  /// An output format the tool does not write.
  static func unknownOutput(_ name: String, expected: [String]) -> String {
    "unknown output '\(name)'; expected \(alternatives(expected))"
  }
  /// `outputs` that is not a mapping.
  static let outputsNotAMapping = "'outputs' must be a mapping such as 'json: generated/catalog.json'"
  /// An output path `build` must not write to (outside the project, the docs folder itself, a page), and why.
  public static func forbiddenOutput(_ key: String, _ problem: String) -> String {
    "output '\(key)': \(problem)"
  }
  /// A rule id that no rule has.
  static func unknownRule(_ id: String) -> String {
    "unknown rule '\(id)'; 'doccatalog validate --list-rules' lists them"
  }
  /// A rule's severity that is none of the four.
  static let invalidSeverity = "rule severity must be 'error', 'warning', 'note' or 'off'"
  /// `rules` that is not a mapping.
  static let rulesNotAMapping = "'rules' must map rule ids to 'error', 'warning', 'note' or 'off'"
  /// A `doNotTranslate` name that is no catalog field.
  static func unknownField(_ name: String) -> String { "unknown field '\(name)'" }
  /// A catalog that is not a mapping.
  static let catalogNotAMapping = "each catalog must be a mapping with 'name', 'pages' and 'fields'"
  /// A catalog name that is no identifier.
  static let catalogNameNotAnIdentifier = "catalog 'name' must be an identifier such as 'AppConnectorErrors'"
  /// A catalog named like one before it.
  static func duplicateCatalogName(_ name: String) -> String {
    "another catalog is already named '\(name)'; each catalog needs a name of its own"
  }
  /// A catalog without pages.
  static func catalogWithoutPages(_ name: String) -> String {
    "catalog '\(name)' needs 'pages', a list of page paths inside each locale folder"
  }
  /// A catalog without fields.
  static func catalogWithoutFields(_ name: String) -> String {
    "catalog '\(name)' needs 'fields', mapping each field's name to its type and header text per locale"
  }
  /// A catalog with both forms of fields.
  static func fieldsAndColumns(_ name: String) -> String {
    "catalog '\(name)' has both 'fields' and 'columns' (the older form of 'fields'); keep 'fields'"
  }
  /// A field name that is no identifier.
  static func fieldNameNotAnIdentifier(_ name: String) -> String {
    "field name '\(name)' must be an identifier such as 'errorCode'"
  }
  /// A field that is not a mapping.
  static func fieldNotAMapping(_ name: String) -> String {
    "field '\(name)' must be a mapping with 'header' and, if not text, 'type'"
  }
  /// A field without a header.
  static func fieldWithoutHeader(_ name: String) -> String {
    "field '\(name)' needs 'header': its column's header text, or a mapping of locales to header texts"
  }
  /// An unknown key in a field.
  static func unknownFieldKey(_ key: String, expected: [String]) -> String {
    "unknown key '\(key)' in a field; expected one of \(expected.joined(separator: ", "))"
  }
  /// An unknown field type.
  static func unknownFieldType(_ type: String) -> String {
    "unknown field type '\(type)'; expected one of \(CatalogFieldType.allCases.map(\.rawValue).joined(separator: ", "))"
  }
  /// A value that must be true or false.
  static func expectedBool(_ key: String) -> String { "'\(key)' must be true or false" }
  /// `any` on a field that is no enum.
  static func anyWithoutEnum(_ name: String) -> String { "'any' is for enum fields; field '\(name)' is not one" }
  /// A column name of the older form that is no field it knew.
  static func unknownColumn(_ name: String, expected: [String]) -> String {
    "unknown field '\(name)' in 'columns', which knows \(expected.joined(separator: ", ")) only; declare it under 'fields' instead, as '\(name): {type: text, header: {en-US: ...}}'"
  }
  /// A column that does not map locales to header texts.
  static func columnNotAMapping(_ field: String) -> String { "column '\(field)' must map locales to header texts" }
  /// A `key` name that is no catalog field.
  static func unknownKeyField(_ name: String) -> String { "unknown key field '\(name)'" }
  /// A `lookup` name that is no catalog field.
  static func unknownLookupField(_ name: String) -> String { "unknown lookup field '\(name)'" }
  /// A catalog's `symbol` that names no field.
  static func unknownSymbolField(_ name: String) -> String {
    "unknown symbol field '\(name)'; 'symbol' names the one field whose text names each entry in the Swift code"
  }
  /// A catalog whose key names no field.
  static func emptyKey(_ name: String) -> String { "catalog '\(name)' needs a 'key' naming at least one field" }
  /// A list item that is not text.
  static let expectedText = "expected text"
  /// `site:` that is not a mapping.
  static let siteNotAMapping = "'site' must be a mapping, such as 'site: {editURL: https://…}'"
  /// An `editURL` that is not an absolute `https` address.
  static func editURLNotHTTPS(_ value: String) -> String {
    "'editURL' must be an https address such as 'https://github.com/org/repo/blob/main/docs/', not '\(value)'"
  }
  /// `swift:` that is not a mapping.
  static let swiftNotAMapping = "'swift' must be a mapping, such as 'swift: {access: public}'"
  /// A value that must be one of a few words.
  static func notOneOf(_ key: String, _ value: String, _ expected: [String]) -> String {
    "'\(key)' must be \(alternatives(expected)), not '\(value)'"
  }
  /// A String Catalog table name that is no plain file name.
  static func tableNotAName(_ value: String) -> String {
    "'table' must be a String Catalog's name of ASCII letters, digits, '-' and '_' such as 'Errors', not '\(value)'"
  }
  /// `videoHosts` that is not a list.
  static let videoHostsNotAList = "'videoHosts' must be a list of host names, such as '[www.youtube-nocookie.com]'"
  /// A `videoHosts` item that is no host name.
  static func notAHostName(_ value: String) -> String {
    "'\(value)' is not a host name such as 'www.youtube-nocookie.com' (no scheme, path or port)"
  }
  /// A value that is neither text nor a list of texts.
  static let expectedTexts = "expected text or a list of texts"

  /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
  private static func alternatives(_ names: [String]) -> String {
    let quoted = names.map { "'\($0)'" }
    guard let last = quoted.last else { return "nothing" }
    return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
  }
}
