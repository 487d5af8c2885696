import DocModel
internal import Yams

/// The first form of a catalog's fields, `columns:`, which knew four fields of fixed types: still read, as
/// the fields it stood for.
///
/// ```yaml
/// columns:
///   message: {en-US: Error message}   # fields: message: {type: pattern, header: ...}
///   app: {en-US: Relevant app}        #         app: {type: enum, header: ...}
///   description: {en-US: Description} #         description: {type: markdown, header: ...}
///   resolution: {en-US: Resolution}   #         resolution: {type: markdown, header: ...}
/// ```
enum LegacyColumns {
  /// The four fields, in the order their values are kept, and the type each stood for.
  static let types: [(name: String, type: CatalogFieldType)] = [
    ("message", .pattern), ("app", .enum), ("description", .markdown), ("resolution", .markdown),
  ]

  /// The fields `columns` declares, in the order of ``types``; `nil` after a problem that leaves no catalog.
  static func fields(_ node: Node, sourceLocale: String, problem: (String, Node?) -> Void) -> [CatalogField]? {
    guard let mapping = node.mapping else {
      problem(ConfigInvalid.columnNotAMapping("columns"), node)
      return nil
    }
    var headers: [String: [String: [String]]] = [:]
    for (key, value) in mapping {
      let name = key.string ?? ""
      guard types.contains(where: { $0.name == name }) else {
        problem(ConfigInvalid.unknownColumn(name, expected: types.map(\.name)), key)
        continue
      }
      guard value.mapping != nil,
        let header = ConfigurationLoader.headers(value, sourceLocale: sourceLocale, problem: problem)
      else {
        problem(ConfigInvalid.columnNotAMapping(name), value)
        continue
      }
      headers[name] = header
    }
    return types.compactMap { name, type in
      headers[name].map { CatalogField(name: name, type: type, header: $0) }
    }
  }
}
