/// DocFX's `> [!div class="..."]`: a block quote rendered as a `<div>` with the given attributes.
public struct Div: Sendable, Hashable {
  /// The attribute text after `div`, such as `class="mx-tableFixed"`.
  public var attributes: String
  /// The value of the `class` attribute, if any: `mx-tableFixed`, `nextstepaction`, ...
  public var className: String?
  public var blocks: [Block]
  public var range: SourceRange?

  public init(attributes: String, className: String?, blocks: [Block], range: SourceRange? = nil) {
    self.attributes = attributes
    self.className = className
    self.blocks = blocks
    self.range = range
  }
}
