public import DocModel

/// A code snippet names a region its file lacks, or a range of lines it cannot have: nothing is shown.
public enum DocFXMissingSnippetRegion: DiagnosticRule {
  public static let rule = Rule(
    "docfx.missing-snippet-region", .warning, "a code snippet names a region or lines its file does not have")

  /// No region of that name starts in the file.
  static func noRegion(_ name: String, in file: String) -> String {
    "'\(file)' has no region '\(name)' (no '<\(name)>' or '#region \(name)' marker); the snippet is left out"
  }

  /// The region starts but never ends.
  static func unclosedRegion(_ name: String, in file: String) -> String {
    "region '\(name)' of '\(file)' has no end marker ('</\(name)>' or '#endregion'); the snippet is left out"
  }

  /// A range that is not of the form `2-5,7`.
  static func unreadableRange(_ range: String) -> String {
    "range '\(range)' is not lines such as '2-5,7' or '3-'; the snippet is left out"
  }

  /// A range beyond the file's last line.
  static func beyondEnd(_ range: String, in file: String, lines: Int) -> String {
    "range '\(range)' goes beyond the \(lines) lines of '\(file)'; the snippet is left out"
  }
}
