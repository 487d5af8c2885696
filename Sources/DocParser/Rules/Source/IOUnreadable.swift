public import DocModel

/// A file cannot be read.
public enum IOUnreadable: DiagnosticRule {
  public static let rule = Rule("io.unreadable", .error, "a file cannot be read")
}
