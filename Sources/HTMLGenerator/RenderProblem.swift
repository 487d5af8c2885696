/// Something the renderer had to leave out of a page, and where.
public struct RenderProblem: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// An include that includes itself, directly or not.
    case includeCycle
    /// An include nested deeper than ``IncludeBudget/maxDepth``.
    case includeTooDeep
    /// An include met once the page's includes spent ``IncludeBudget/maxExpandedBytes``.
    case includeTooLarge
  }

  public var kind: Kind
  /// The file the problem is in, relative to the docs folder: the page, or for an include past the budget
  /// the file that names it.
  public var file: String
  /// Where, 1-based; 0 when the problem is the whole file's.
  public var line: Int
  public var column: Int
  /// What the include names.
  public var includePath: String
  /// What is wrong, for a cycle: its files.
  public var message: String

  public init(kind: Kind, file: String, line: Int = 0, column: Int = 0, includePath: String, message: String = "") {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.includePath = includePath
    self.message = message
  }
}
