public import DocModel

/// The front matter is not valid YAML.
public enum FrontMatterInvalidYAML: DiagnosticRule {
  public static let rule = Rule("front-matter.invalid-yaml", .error, "the front matter is not valid YAML")

  /// What Yams found wrong with the front matter.
  static func invalid(_ problem: String) -> String { "front matter is not valid YAML: \(problem)" }

  /// An alias (`*name`): refused, since aliases of aliases expand exponentially.
  static func alias(_ name: String) -> String {
    "front matter uses the YAML alias '*\(name)'; aliases are not allowed in front matter (write the value out)"
  }
}
