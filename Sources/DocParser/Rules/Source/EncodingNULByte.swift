public import DocModel

/// A file holds NUL bytes.
public enum EncodingNULByte: DiagnosticRule {
  public static let rule = Rule("encoding.nul-byte", .warning, "a file holds NUL bytes")

  /// The first NUL byte of a file, which is read as U+FFFD.
  static let replaced = "NUL byte replaced with U+FFFD"
}
