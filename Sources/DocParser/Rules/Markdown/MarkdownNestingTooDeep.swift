public import DocModel

/// Block quotes or lists nest too deep and are flattened.
public enum MarkdownNestingTooDeep: DiagnosticRule {
  public static let rule = Rule(
    "markdown.nesting-too-deep", .warning, "block quotes or lists nest too deep and are flattened")

  /// Containers past the deepest level read are flattened.
  static func flattened(beyond depth: Int) -> String {
    "containers nested deeper than \(depth) levels are flattened"
  }
}
