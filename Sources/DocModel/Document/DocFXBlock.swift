/// A DocFX construct in a page, whichever type it is, and where it is.
public struct DocFXBlock: Sendable, Hashable {
  public var construct: any DocFXConstruct
  public var range: SourceRange?

  public init(_ construct: any DocFXConstruct, range: SourceRange? = nil) {
    self.construct = construct
    self.range = range
  }

  /// The construct's name, such as `image`.
  public var name: String { type(of: construct).name }

  public static func == (lhs: DocFXBlock, rhs: DocFXBlock) -> Bool {
    lhs.range == rhs.range && AnyHashable(lhs.construct) == AnyHashable(rhs.construct)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(range)
    hasher.combine(AnyHashable(construct))
  }
}
