public import DocModel

/// `ms.contentlocale` is not a BCP 47 language tag where it places the page (no configuration file, and no
/// locale in the page's path): the page goes under `und` instead, since the locale becomes its folder and
/// links in the site.
public enum FrontMatterInvalidLocale: DiagnosticRule {
  public static let rule = Rule(
    "front-matter.invalid-locale", .warning, "ms.contentlocale is not a BCP 47 language tag")

  /// The value that is no tag, and the locale the page gets instead.
  public static func notATag(_ value: String, instead: String) -> String {
    "ms.contentlocale '\(value)' is not a BCP 47 language tag such as 'en-US'; the page is placed under '\(instead)'"
  }
}
