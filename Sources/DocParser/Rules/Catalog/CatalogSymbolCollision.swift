public import DocModel

/// Two rows of a catalog would go by the same name in the generated Swift code.
public enum CatalogSymbolCollision: DiagnosticRule {
  public static let rule = Rule(
    "catalog.symbol-collision", .error, "two rows of a catalog would have the same symbol in the generated code")

  /// A row whose symbol an earlier row, at `path:line` in the docs folder, already has.
  static func sameSymbol(_ symbol: String, path: String, line: Int) -> String {
    "this row and the row at \(path):\(line) would both be named '\(symbol)' in the generated code; change the"
      + " text one of them is named by, or name a field that tells them apart with the catalog's 'symbol'"
  }
}
