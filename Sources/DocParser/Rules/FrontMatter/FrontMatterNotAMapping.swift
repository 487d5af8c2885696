public import DocModel

/// The front matter is not a mapping of keys to values.
public enum FrontMatterNotAMapping: DiagnosticRule {
  public static let rule = Rule(
    "front-matter.not-a-mapping", .error, "the front matter is not a mapping of keys to values")

  /// Front matter that is a scalar or a list.
  static let notAMapping = "front matter must be a mapping of 'key: value' lines"
}
