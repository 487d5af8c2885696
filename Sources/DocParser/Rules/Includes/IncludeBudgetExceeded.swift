public import DocModel

/// A page's `[!INCLUDE]`s expand past its ``IncludeBudget`` (too deep, or too much HTML) when the site is
/// rendered: the include that exceeds it, and those after it in the page, are left out.
public enum IncludeBudgetExceeded: DiagnosticRule {
  public static let rule = Rule(
    "include.budget-exceeded", .error, "a page's [!INCLUDE]s nest too deep or expand too much")

  /// An include nested deeper than ``IncludeBudget/maxDepth``.
  public static func tooDeep(_ includePath: String) -> String {
    "'\(includePath)' is nested more than \(IncludeBudget.maxDepth) includes deep; it and the includes left after it in this page are left out"
  }

  /// An include met once the page's includes have expanded to ``IncludeBudget/maxExpandedBytes``.
  public static func tooLarge(_ includePath: String) -> String {
    "'\(includePath)' would make the page's includes expand past \(IncludeBudget.maxExpandedBytes >> 20) MB; it and the includes left after it in this page are left out"
  }
}
