/// DocFX `[!INCLUDE [title](path)]`: the content of another Markdown file, rendered in place.
public struct Include: Sendable, Hashable {
  /// The link text, which DocFX ignores when rendering.
  public var title: String
  /// The path of the included file, relative to the including file.
  public var path: String
  public var range: SourceRange?

  public init(title: String, path: String, range: SourceRange? = nil) {
    self.title = title
    self.path = path
    self.range = range
  }
}
