public import DocModel

/// A page shows or links to a local file (an image, a download) that is not in the docs folder; the site
/// publishes the files that are.
public enum LinkMissingFile: DiagnosticRule {
  public static let rule = Rule(
    "link.missing-file", .warning, "a page shows or links to a local file that does not exist in the docs")

  /// An address naming no file.
  public static func missing(_ address: String) -> String { "file '\(address)' does not exist in the docs folder" }
}
