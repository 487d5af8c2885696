/// A field of a catalog's entries, fed by one table column: declared in `doccatalog.yml`.
public struct CatalogField: Sendable, Hashable, Codable {
  /// The field's name, a Swift-friendly identifier (`message`, `errorCode`).
  public var name: String
  public var type: CatalogFieldType
  /// The header cell texts that name its column, per locale.
  public var header: [String: [String]]
  /// Whether translations give the value in their own words; when not, the source locale's value is the
  /// entry's, and translations must keep it as written.
  public var translated: Bool
  /// Whether every row must give a value.
  public var required: Bool
  /// For `enum` fields, the source locale's value that stands for every value (`All apps`).
  public var anyValue: String?

  public init(
    name: String, type: CatalogFieldType = .text, header: [String: [String]], translated: Bool? = nil,
    required: Bool = false, anyValue: String? = nil
  ) {
    self.name = name
    self.type = type
    self.header = header
    self.translated = translated ?? type.translatedByDefault
    self.required = required
    self.anyValue = anyValue
  }
}
