/// A rule as a type: its ``Rule`` (id, default severity, one-line description) and the findings it makes,
/// always at its default severity (the configuration's `rules:` and `--strict` change severities afterwards,
/// in one place). Each rule is one type in one file, listed in the rule registry.
public protocol DiagnosticRule {
  static var rule: Rule { get }
}

extension DiagnosticRule {
  /// The rule's stable id, such as `table.cell-count-mismatch`.
  public static var id: String { rule.id }

  /// A finding of this rule: `message` terse, lowercase, without a trailing period; names in 'single quotes'.
  public static func finding(_ message: String, file: String, line: Int = 0, column: Int = 0) -> Diagnostic {
    Diagnostic(rule.severity, rule: rule.id, message, file: file, line: line, column: column)
  }
}
