public import DocModel

/// A relative link points to a page that `.openpublishing.redirection.json` redirects elsewhere (checked
/// with the pages, in ``LinkChecks``; the redirections are read by ``Redirections``).
public enum LinkRedirected: ValidationRule {
  public static let rule = Rule(
    "link.redirected", .warning, "a relative link points to a page that is redirected elsewhere")

  static func redirected(_ path: String, to target: String) -> String {
    "linked page '\(path)' is redirected to '\(target)'; link to its new place"
  }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.linkFindings.filter { $0.rule == id }
  }
}
