public import DocModel

/// A file holds NUL bytes.
public enum EncodingNULByte: DiagnosticRule {
  public static let rule = Rule("encoding.nul-byte", .warning, "a file holds NUL bytes")
}
