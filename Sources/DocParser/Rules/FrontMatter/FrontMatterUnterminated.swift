public import DocModel

/// A front matter block is never closed.
public enum FrontMatterUnterminated: DiagnosticRule {
  public static let rule = Rule("front-matter.unterminated", .warning, "a front matter block is never closed")

  /// An opening `---` without a closing one.
  static let neverClosed = "front matter opened with '---' is never closed; the page is read as Markdown"
}
