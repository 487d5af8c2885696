public import DocModel

/// Ms.contentlocale differs from the page's locale folder.
public enum FrontMatterLocaleMismatch: DiagnosticRule {
  public static let rule = Rule("front-matter.locale-mismatch", .warning, "ms.contentlocale differs from the page's locale folder")
}
