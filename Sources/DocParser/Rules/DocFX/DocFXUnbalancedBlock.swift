public import DocModel

/// A DocFX block opened with `:::name` has no `:::name-end:::`, or an end line closes no block.
public enum DocFXUnbalancedBlock: DiagnosticRule {
  public static let rule = Rule(
    "docfx.unbalanced-block", .warning, "a DocFX block has no end line, or an end line closes no block")

  /// An opening line whose end line is missing.
  static func unclosed(_ name: String, end: String) -> String {
    "':::\(name)' has no ':::\(end):::'; it ends with its container"
  }

  /// An end line with no block open.
  static func stray(_ end: String) -> String {
    "':::\(end):::' closes no open block; it is left out"
  }

  /// A block nested deeper than the reading allows.
  static func tooDeep(_ name: String, depth: Int) -> String {
    "':::\(name)' is nested more than \(depth) DocFX blocks deep; it is kept as text"
  }
}
