/// Every output `build` can write, in the order they are listed and written. Adding an output is one type
/// conforming to ``BuildOutput`` and one line here (and its option in the command line's `BuildCommand`).
public enum OutputRegistry {
  public static let all: [any BuildOutput.Type] = [
    CatalogJSONOutput.self,
    CatalogSchemaOutput.self,
    SwiftSourceOutput.self,
    XCStringsOutput.self,
    HTMLSiteOutput.self,
  ]

  /// Each output's key, in order.
  public static var keys: [String] { all.map { $0.key } }
}
