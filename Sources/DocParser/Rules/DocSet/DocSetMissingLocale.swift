public import DocModel

/// A configured locale has no folder.
public enum DocSetMissingLocale: DiagnosticRule {
  public static let rule = Rule("docset.missing-locale", .warning, "a configured locale has no folder")

  /// A configured locale without a folder of that name.
  static func noFolder(_ locale: String) -> String { "locale folder '\(locale)' does not exist" }
}
