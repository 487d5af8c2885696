public import DocModel

/// A link's `#fragment` names no heading or anchor of its target (checked with the pages, in ``LinkChecks``).
public enum LinkMissingAnchor: ValidationRule {
  public static let rule = Rule(
    "link.missing-anchor", .warning, "a link's #fragment names no heading or anchor of its target")

  /// `target`: `this page`, or the linked path in quotes.
  static func missing(_ fragment: String, target: String) -> String {
    "'#\(fragment)' names no heading or anchor of \(target)"
  }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.linkFindings.filter { $0.rule == id }
  }
}
