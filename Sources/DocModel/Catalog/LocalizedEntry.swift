/// An entry's fields in one locale, with where they were read.
public struct LocalizedEntry: Sendable, Hashable {
  /// The value of each field of the catalog, in the order of its ``CatalogDefinition/fields``, as this
  /// locale's row gives it. Outputs take the fields that are not translated from the source locale.
  public var values: [CatalogValue]
  /// The file the row was read from, relative to the docs folder.
  public var path: String
  /// The row's line in ``path``.
  public var line: Int
  /// True when the locale has no row for this entry and the source locale's text stands in.
  public var fallback: Bool

  public init(values: [CatalogValue], path: String, line: Int, fallback: Bool) {
    self.values = values
    self.path = path
    self.line = line
    self.fallback = fallback
  }

  /// The value of the field at `index`, or an empty one. Inlinable, so that reading one part of a value
  /// (its text) does not copy the whole of it.
  @inlinable
  public subscript(index: Int) -> CatalogValue {
    index < values.count ? values[index] : .empty
  }
}
