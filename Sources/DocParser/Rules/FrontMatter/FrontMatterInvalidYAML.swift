public import DocModel

/// The front matter is not valid YAML.
public enum FrontMatterInvalidYAML: DiagnosticRule {
  public static let rule = Rule("front-matter.invalid-yaml", .error, "the front matter is not valid YAML")
}
