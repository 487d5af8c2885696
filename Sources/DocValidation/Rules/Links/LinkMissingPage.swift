public import DocModel

/// A relative link points to a page that does not exist.
public enum LinkMissingPage: DiagnosticRule {
  public static let rule = Rule("link.missing-page", .warning, "a relative link points to a page that does not exist")
}
