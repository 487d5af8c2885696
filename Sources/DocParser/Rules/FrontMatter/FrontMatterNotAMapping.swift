public import DocModel

/// The front matter is not a mapping of keys to values.
public enum FrontMatterNotAMapping: DiagnosticRule {
  public static let rule = Rule("front-matter.not-a-mapping", .error, "the front matter is not a mapping of keys to values")
}
