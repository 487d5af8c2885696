public import DocModel

/// A file is not valid UTF-8.
public enum EncodingInvalidUTF8: DiagnosticRule {
  public static let rule = Rule("encoding.invalid-utf8", .error, "a file is not valid UTF-8")

  /// A byte, in two hex digits, that no well-formed UTF-8 sequence has where it stands.
  static func invalidByte(hex: String) -> String {
    "file is not valid UTF-8: byte 0x\(hex) cannot start or continue a character"
  }
}
