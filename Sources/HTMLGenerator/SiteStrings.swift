public import Foundation

/// The words a page shows around the docs' own text, in one locale: alert labels, "Next steps",
/// "In this article", the machine translation notice ... read from `Templates/l10n/<locale>.json`.
public struct SiteStrings: Sendable {
  public var locale: String
  private var strings: [String: String]
  private var fallback: [String: String]

  /// - Parameters:
  ///   - strings: this locale's strings, or `nil` when it has no file.
  ///   - fallback: the source locale's strings, which stand in for what `strings` lacks.
  public init(locale: String, strings: [String: String]?, fallback: [String: String]) {
    self.locale = locale
    self.strings = strings ?? [:]
    self.fallback = fallback
  }

  /// The string for a key, from this locale, else the source locale, else the key itself.
  public subscript(key: String) -> String {
    strings[key] ?? fallback[key] ?? key
  }

  /// Whether this locale has its own strings file.
  public var isTranslated: Bool { !strings.isEmpty }

  /// Reads a strings file: a JSON object of string values.
  public static func read(_ data: Data) throws -> [String: String] {
    try JSONDecoder().decode([String: String].self, from: data)
  }
}
