/// A position in a source file.
///
/// Lines are 1-based. ``column`` is the 1-based UTF-8 byte offset in the line, as libcmark reports it;
/// diagnostics convert it to a character column when they are printed.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based UTF-8 byte column.
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
