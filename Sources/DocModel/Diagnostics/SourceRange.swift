/// A span of source text, from ``start`` to ``end`` inclusive, as libcmark reports node positions.
public struct SourceRange: Sendable, Hashable, Codable {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// A range covering whole lines `startLine...endLine`, with unknown columns set to 1.
  public init(lines startLine: Int, _ endLine: Int, startColumn: Int = 1, endColumn: Int = 1) {
    self.init(
      start: SourceLocation(line: startLine, column: startColumn),
      end: SourceLocation(line: endLine, column: endColumn))
  }
}

extension SourceRange: CustomStringConvertible {
  /// `line:column-line:column`, the form used in tree dumps.
  public var description: String {
    "\(start.line):\(start.column)-\(end.line):\(end.column)"
  }
}
