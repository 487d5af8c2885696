public import DocModel

/// A link names its page or `#fragment` in another case than the target spells it: Learn finds it anyway,
/// but the exact spelling works everywhere (checked with the pages, in ``LinkChecks``).
public enum LinkCaseMismatch: ValidationRule {
  public static let rule = Rule(
    "link.case-mismatch", .note, "a link names its page or anchor in another case than the target spells it")

  static func page(_ written: String, actual: String) -> String {
    "linked page '\(written)' is spelled '\(actual)'"
  }

  /// `target`: `this page`, or the linked path in quotes.
  static func anchor(_ written: String, actual: String, target: String) -> String {
    "'#\(written)' is spelled '#\(actual)' in \(target)"
  }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.linkFindings.filter { $0.rule == id }
  }
}
