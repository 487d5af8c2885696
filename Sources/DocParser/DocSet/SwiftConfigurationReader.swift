import DocModel
internal import Yams

/// Reads the configuration's `swift:` mapping (``SwiftSettings``), reporting each problem at its node.
enum SwiftConfigurationReader {
  /// The keys `swift:` knows.
  static let keys = ["access", "strings", "table"]

  static func settings(_ node: Node, problem: (String, Node?) -> Void) -> SwiftSettings {
    var settings = SwiftSettings()
    guard let mapping = node.mapping else {
      problem(ConfigInvalid.swiftNotAMapping, node)
      return settings
    }
    for key in mapping.keys where !keys.contains(key.string ?? "") {
      problem(ConfigInvalid.unknownKey(key.string ?? "", expected: keys), key)
    }
    if let value = mapping["access"] {
      settings.access = value.string.flatMap(SwiftAccess.init(rawValue:))
      if settings.access == nil {
        problem(ConfigInvalid.notOneOf("access", value.string ?? "", SwiftAccess.allCases.map(\.rawValue)), value)
      }
    }
    if let value = mapping["strings"] {
      settings.strings = value.string.flatMap(SwiftStrings.init(rawValue:))
      if settings.strings == nil {
        problem(ConfigInvalid.notOneOf("strings", value.string ?? "", SwiftStrings.allCases.map(\.rawValue)), value)
      }
    }
    if let value = mapping["table"] {
      if let name = value.string, SwiftSettings.isTableName(name) {
        settings.table = name
      } else {
        problem(ConfigInvalid.tableNotAName(value.string ?? ""), value)
      }
    }
    return settings
  }
}
