public import DocModel

/// A code snippet's file, or what a page's snippets show in all, is larger than a page may take: the
/// snippet is left out.
public enum DocFXSnippetTooLarge: DiagnosticRule {
  public static let rule = Rule(
    "docfx.snippet-too-large", .warning, "a code snippet is larger than a page may show; it is left out")

  /// The file, the snippet or the page's snippets together are too large.
  static func tooLarge(_ file: String, fileBound: Int, pageBound: Int) -> String {
    "the snippet from '\(file)' is left out: a snippet file may have \(fileBound) bytes, and a page's snippets \(pageBound) bytes in all"
  }
}
