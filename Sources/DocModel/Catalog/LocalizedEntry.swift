/// An entry's fields in one locale, with where they were read.
public struct LocalizedEntry: Sendable, Hashable, Codable {
  public var message: CatalogText
  public var app: CatalogText
  public var description: CatalogText
  public var resolution: CatalogText
  /// The file the row was read from, relative to the docs folder.
  public var path: String
  /// The row's line in ``path``.
  public var line: Int
  /// True when the locale has no row for this entry and the source locale's text stands in.
  public var fallback: Bool

  public init(
    message: CatalogText, app: CatalogText, description: CatalogText, resolution: CatalogText, path: String,
    line: Int, fallback: Bool
  ) {
    self.message = message
    self.app = app
    self.description = description
    self.resolution = resolution
    self.path = path
    self.line = line
    self.fallback = fallback
  }

  /// The value of a field.
  public subscript(field: CatalogField) -> CatalogText {
    get { fields[field] ?? .empty }
    set {
      var fields = fields
      fields[field] = newValue
      (message, app, description, resolution) = (
        fields.message ?? .empty, fields.app ?? .empty, fields.description ?? .empty, fields.resolution ?? .empty
      )
    }
  }

  private var fields: CatalogFields<CatalogText> {
    CatalogFields(message: message, app: app, description: description, resolution: resolution)
  }
}
