import DocModel
import Mustache
import TemplateSupport

/// One catalog entry as the Swift templates see it: each value is made as a template asks for it, not kept.
///
/// A large catalog has tens of thousands of entries. Holding each one's literals in a dictionary until the
/// catalog template has run cost more memory than the generated file itself, and most keys are not used by
/// a given template. The keys are listed on ``SwiftCatalogContext``.
struct SwiftEntryValues: MustacheParent, Sendable {
  let entry: CatalogEntry
  /// The entry's property name, unique in its catalog.
  let property: String
  /// The case of the catalog's `App` enum for the entry's app.
  let appCase: String
  let sourceLocale: String
  let locales: [String]

  private var source: LocalizedEntry? { entry.locales[sourceLocale] }
  private var message: String { source?.message.text ?? "" }

  func child(named name: String) -> Any? {
    switch name {
    case "doc": doc.map(TemplateText.init)
    case "localizations": localizations.map(TemplateText.init)
    default: text(named: name).map(TemplateText.init)
    }
  }

  private func text(named name: String) -> String? {
    switch name {
    case "property": property
    case "id": SwiftLiteral.string(entry.id)
    case "idText": entry.id
    case "message": SwiftLiteral.string(message)
    case "messageText": message
    case "appCase": appCase
    case "appText": source?.app.text ?? ""
    case "patterns":
      "[" + MessagePattern(message: message).alternatives.map(SwiftLiteral.array).joined(separator: ", ") + "]"
    default: nil
    }
  }

  /// The description's lines as comment lines, or the message when there is no description.
  private var doc: [String] {
    let lines = (source?.description.text ?? "").nonEmptyLines.map {
      SwiftLiteral.commentLine(String($0))
    }
    return lines.isEmpty ? [SwiftLiteral.commentLine(message)] : lines
  }

  /// An `Entry.Localized(...)` expression per locale that has the entry, the source locale first.
  private var localizations: [String] {
    locales.compactMap { locale in
      entry.locales[locale].map { localized in
        """
        Entry.Localized(locale: \(SwiftLiteral.string(locale)), message: \(SwiftLiteral.string(localized.message.text)), \
        app: \(SwiftLiteral.string(localized.app.text)), description: \(SwiftLiteral.string(localized.description.text)), \
        resolution: \(SwiftLiteral.string(localized.resolution.text)), isFallback: \(localized.fallback))
        """
      }
    }
  }
}
