public import DocModel

/// The files the site's pages name add up to more than the site takes from the docs.
public enum SiteMediaTooLarge: DiagnosticRule {
  public static let rule = Rule(
    "site.media-too-large", .warning, "the files the pages name are more than the site takes; the rest are left out")

  /// The first file left out, and the bound.
  public static func tooLarge(_ site: String, bound: Int) -> String {
    "the files the pages name pass \(bound) bytes in all: '\(site)' and the files after it are left out of the site"
  }
}
