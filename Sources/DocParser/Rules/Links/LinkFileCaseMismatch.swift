public import DocModel

/// A page shows or links to a local file under another letter case than the file's name: DocFX on Windows
/// and Learn serve it, a case-sensitive server does not. The site publishes the file under the page's
/// spelling, so that it works on any server.
public enum LinkFileCaseMismatch: DiagnosticRule {
  public static let rule = Rule(
    "link.file-case-mismatch", .warning, "a page names a local file in another letter case than the file has")

  /// An address naming the file at `actual` (relative to the docs folder) only when case is ignored.
  public static func mismatch(_ address: String, actual: String) -> String {
    "file '\(address)' matches '\(actual)' only when letter case is ignored; a case-sensitive server does not "
      + "find it: spell the address as the file is named"
  }
}
