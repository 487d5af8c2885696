public import DocModel

/// Block quotes or lists nest too deep and are flattened.
public enum MarkdownNestingTooDeep: DiagnosticRule {
  public static let rule = Rule("markdown.nesting-too-deep", .warning, "block quotes or lists nest too deep and are flattened")
}
