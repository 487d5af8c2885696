public import DocModel

/// A file cannot be read.
public enum IOUnreadable: DiagnosticRule {
  public static let rule = Rule("io.unreadable", .error, "a file cannot be read")

  /// A file that could not be read, and why (`no such file`, `is a directory` …).
  static func cannotRead(_ reason: String) -> String { "cannot read file: \(reason)" }
}
