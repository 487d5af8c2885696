public import DocModel

/// A link's #fragment names no heading or anchor of its target.
public enum LinkMissingAnchor: DiagnosticRule {
  public static let rule = Rule("link.missing-anchor", .warning, "a link's #fragment names no heading or anchor of its target")
}
