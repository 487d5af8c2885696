public import DocModel

/// A file is not valid UTF-8.
public enum EncodingInvalidUTF8: DiagnosticRule {
  public static let rule = Rule("encoding.invalid-utf8", .error, "a file is not valid UTF-8")
}
