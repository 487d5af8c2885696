public import DocModel

/// A `.openpublishing.redirection.json` file of the docs' project cannot be used: its redirections are left
/// out (read by ``Redirections``, reported with the links' findings).
public enum RedirectionInvalidFile: ValidationRule {
  public static let rule = Rule(
    "redirection.invalid-file", .warning, "a redirection file cannot be read; its redirections are left out")

  static let outside = "redirection file leads outside the project; not read"

  static func tooLarge(_ size: Int, limit: Int) -> String {
    "redirection file is \(size) bytes, more than the \(limit) read; not read"
  }

  static func unreadable(_ reason: String) -> String { "redirection file cannot be read: \(reason)" }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.linkFindings.filter { $0.rule == id }
  }
}
