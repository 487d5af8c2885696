public import DocModel

/// A page whose site file name (its name with `.html` for `.md`) is longer than a file name may be (255
/// bytes): the site cannot hold it.
public enum SitePageNameTooLong: DiagnosticRule {
  public static let rule = Rule(
    "site.page-name-too-long", .error, "a page's name is too long for its HTML file (255 bytes at most)")

  /// The page's site file, and how long its name is.
  public static func tooLong(_ file: String, bytes: Int) -> String {
    "the site file '\(file)' of this page would have a name of \(bytes) bytes, more than the 255 a file name may "
      + "have; shorten the page's name"
  }
}
