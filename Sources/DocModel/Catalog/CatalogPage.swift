/// One page of one locale, as listed in the catalog.
public struct CatalogPage: Sendable, Hashable, Codable {
  /// The page's path inside its locale folder, without `.md`: the same in every locale.
  public var id: String
  public var locale: String
  /// The path relative to the docs folder, such as `ja-JP/troubleshooting.md`.
  public var path: String
  public var title: String?
  /// Every front matter key, scalars as text.
  public var frontMatter: [String: JSONValue]

  public init(id: String, locale: String, path: String, title: String?, frontMatter: [String: JSONValue]) {
    self.id = id
    self.locale = locale
    self.path = path
    self.title = title
    self.frontMatter = frontMatter
  }
}
