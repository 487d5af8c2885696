/// One entry of a locale's navigation: a table of contents with its addresses resolved (``TOCEntry``), the
/// tables of contents it names put in its place.
public struct NavigationEntry: Sendable, Hashable {
  /// Where an entry leads.
  public enum Target: Sendable, Hashable {
    /// A page, by its path inside the locale folder (`errors/index.md`).
    case page(String)
    /// An `http` or `https` address outside the docs.
    case external(String)
    /// Nowhere: a group of entries.
    case none
  }

  public var title: String
  public var target: Target
  public var children: [NavigationEntry]

  public init(title: String, target: Target = .none, children: [NavigationEntry] = []) {
    self.title = title
    self.target = target
    self.children = children
  }
}
