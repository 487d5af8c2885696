/// A value, or none, for each catalog field, stored in place: a table row's texts or cells without a
/// dictionary per row (a large catalog has hundreds of thousands of rows).
public struct CatalogFields<Value: Sendable>: Sendable {
  public var message: Value?
  public var app: Value?
  public var description: Value?
  public var resolution: Value?

  public init(message: Value? = nil, app: Value? = nil, description: Value? = nil, resolution: Value? = nil) {
    self.message = message
    self.app = app
    self.description = description
    self.resolution = resolution
  }

  public subscript(field: CatalogField) -> Value? {
    get {
      switch field {
      case .message: message
      case .app: app
      case .description: description
      case .resolution: resolution
      }
    }
    set {
      switch field {
      case .message: message = newValue
      case .app: app = newValue
      case .description: description = newValue
      case .resolution: resolution = newValue
      }
    }
  }

  /// The same fields, each value transformed.
  public func map<Other: Sendable>(_ transform: (Value) -> Other) -> CatalogFields<Other> {
    var result = CatalogFields<Other>()
    for field in CatalogField.allCases { result[field] = self[field].map(transform) }
    return result
  }
}
