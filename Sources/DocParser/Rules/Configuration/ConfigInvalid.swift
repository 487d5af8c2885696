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
  static let catalogNotAMapping = "each catalog must be a mapping with 'name', 'pages' and 'columns'"
  /// A catalog name that is not a Swift identifier.
  static let catalogNameNotAnIdentifier = "catalog 'name' must be an identifier such as 'AppConnectorErrors'"
  /// A catalog named like one before it.
  static func duplicateCatalogName(_ name: String) -> String {
    "another catalog is already named '\(name)'; each catalog needs a name of its own"
  }
  /// A catalog without pages.
  static func catalogWithoutPages(_ name: String) -> String {
    "catalog '\(name)' needs 'pages', a list of page paths inside each locale folder"
  }
  /// A catalog without a mapping of columns.
  static func catalogWithoutColumns(_ name: String) -> String {
    "catalog '\(name)' needs 'columns', mapping each field to its header text per locale"
  }
  /// A column name that is no catalog field.
  static func unknownColumn(_ name: String, expected: [String]) -> String {
    "unknown field '\(name)'; expected one of \(expected.joined(separator: ", "))"
  }
  /// A column that does not map locales to header texts.
  static func columnNotAMapping(_ field: String) -> String { "column '\(field)' must map locales to header texts" }
  /// A catalog without a `message` column.
  static func catalogWithoutMessageColumn(_ name: String) -> String { "catalog '\(name)' needs a 'message' column" }
  /// A `key` name that is no catalog field.
  static func unknownKeyField(_ name: String) -> String { "unknown key field '\(name)'" }
  /// A list item that is not text.
  static let expectedText = "expected text"
  /// A value that is neither text nor a list of texts.
  static let expectedTexts = "expected text or a list of texts"

  /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
  private static func alternatives(_ names: [String]) -> String {
    let quoted = names.map { "'\($0)'" }
    guard let last = quoted.last else { return "nothing" }
    return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
  }
}
