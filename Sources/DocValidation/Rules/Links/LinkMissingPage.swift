public import DocModel

/// A relative link points to a page that does not exist (checked with the anchors, in ``LinkChecks``).
public enum LinkMissingPage: ValidationRule {
  public static let rule = Rule("link.missing-page", .warning, "a relative link points to a page that does not exist")

  static func missing(_ path: String) -> String { "linked page '\(path)' does not exist" }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.linkFindings.filter { $0.rule == id }
  }
}
