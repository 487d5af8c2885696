/// The YAML block at the top of a DocFX page, with typed access to the keys DocFX defines.
///
/// Every key is kept in ``fields``, in the order written; the typed properties read from it.
public struct FrontMatter: Sendable, Hashable {
  public var fields: [FrontMatterField]
  /// The lines of the `---` fences, when the page has front matter.
  public var range: SourceRange?
  /// True when the front matter could not be read (invalid YAML, not a mapping, never closed).
  public var isMalformed: Bool

  public init(fields: [FrontMatterField] = [], range: SourceRange? = nil, isMalformed: Bool = false) {
    self.fields = fields
    self.range = range
    self.isMalformed = isMalformed
  }

  /// The value of `key` (the first one, if a key is repeated).
  public subscript(key: String) -> FrontMatterValue? {
    fields.first { $0.key == key }?.value
  }

  /// The text of a scalar key, `nil` when it is missing, null, empty or not a scalar.
  public func text(_ key: String) -> String? {
    guard let text = self[key]?.scalarText, !text.isEmpty else { return nil }
    return text
  }

  public var title: String? { text("title") }
  public var description: String? { text("description") }
  public var author: String? { text("author") }
  /// `ms.date`, as written (DocFX uses `MM/DD/YYYY`).
  public var msDate: String? { text("ms.date") }
  public var msTopic: String? { text("ms.topic") }
  public var contentLocale: String? { text("ms.contentlocale") }
  /// `ms.translationtype`: `MT` for machine translation, `HT` for human translation.
  public var translationType: String? { text("ms.translationtype") }
  public var sourceGitCommit: String? { text("ms.sourcegitcommit") }

  /// Whether the page says it was machine translated.
  public var isMachineTranslated: Bool { translationType?.uppercased().hasPrefix("MT") ?? false }
}
