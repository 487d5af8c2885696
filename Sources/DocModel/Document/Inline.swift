/// An inline element of Markdown text, converted from libcmark's inline nodes plus DocFX's inline include.
public enum Inline: Sendable, Hashable {
  /// Literal text, with entities and backslash escapes already resolved.
  case text(String)
  /// A line ending inside a paragraph.
  case softBreak
  /// A hard line break (two trailing spaces or a backslash).
  case lineBreak
  /// A code span; the string is its content without the backticks.
  case code(String)
  /// Raw inline HTML, such as `<br />`, kept verbatim.
  case html(String)
  case emphasis([Inline])
  case strong([Inline])
  indirect case link(Link)
  indirect case image(Link)
  /// DocFX `[!INCLUDE [title](path)]` inside a line of text.
  indirect case include(Include)
  /// A DocFX cross reference (`<xref:uid>`, `[text](xref:uid)`, `@uid`), resolved when rendered.
  indirect case xref(Xref)
}

extension Inline {
  /// A link or an image: its destination, title and content (the alt text of an image).
  public struct Link: Sendable, Hashable {
    public var destination: String
    public var title: String
    public var children: [Inline]

    public init(destination: String, title: String = "", children: [Inline]) {
      self.destination = destination
      self.title = title
      self.children = children
    }
  }
}
