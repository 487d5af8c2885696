public import DocModel

/// A catalog cell does not read as its field's type, or a required field's cell is empty.
public enum CatalogInvalidValue: DiagnosticRule {
  public static let rule = Rule(
    "catalog.invalid-value", .error, "a catalog cell does not read as its field's type")

  /// A cell that its field's type does not read; the value is left out of the outputs.
  static func unreadable(_ text: String, field: String, type: CatalogFieldType) -> String {
    "'\(text)' is not \(described(type)), as field '\(field)' expects; the value is left out of the catalog"
  }

  /// An empty cell of a required field.
  static func empty(field: String) -> String {
    "field '\(field)' is required, but its cell is empty"
  }

  private static func described(_ type: CatalogFieldType) -> String {
    switch type {
    case .integer: "a whole number"
    case .code: "an error code (such as 0x80070005, 80070005 or -2147024891)"
    case .status: "a status code (such as 5.7.1 or 550 5.4.1)"
    case .date: "a date (such as 2019-03-04, 03/04/2019 or March 4, 2019)"
    default: "a \(type.rawValue) value"
    }
  }
}
