public import DocModel

/// An [!INCLUDE] names a file that does not exist.
public enum IncludeMissingFile: DiagnosticRule {
  public static let rule = Rule("include.missing-file", .warning, "an [!INCLUDE] names a file that does not exist")

  /// An include path that names no file.
  static func missing(_ path: String) -> String { "included file '\(path)' does not exist" }
}
