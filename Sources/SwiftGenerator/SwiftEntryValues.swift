import DocModel
import Mustache
import TemplateSupport

/// One catalog entry as the Swift templates see it: each value is made as a template asks for it, not kept.
///
/// A large catalog has tens of thousands of entries. Holding each one's literals in a dictionary until the
/// catalog template has run cost more memory than the generated file itself, and most keys are not used by
/// a given template. The keys are listed on ``SwiftCatalogContext``.
///
/// It is a class so that handing an entry to swift-mustache, which holds every value as `Any`, retains one
/// reference rather than copying each field into a box of its own: the catalog template runs a section over
/// all the entries.
final class SwiftEntryValues: MustacheParent, Sendable {
  let entry: CatalogEntry
  /// The entry's property name, unique in its catalog.
  let property: String
  /// The case of the catalog's `App` enum for the entry's app.
  let appCase: String
  let sourceLocale: String
  let locales: [String]

  init(entry: CatalogEntry, property: String, appCase: String, sourceLocale: String, locales: [String]) {
    self.entry = entry
    self.property = property
    self.appCase = appCase
    self.sourceLocale = sourceLocale
    self.locales = locales
  }

  private var source: LocalizedEntry? { entry.locales[sourceLocale] }
  var message: String { source?.message.text ?? "" }

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
    case "patterns": String(decoding: bytes(appendPatterns), as: UTF8.self)
    default: nil
    }
  }

  /// The description's lines as comment lines, or the message when there is no description.
  var doc: [String] {
    let lines = (source?.description.text ?? "").nonEmptyLines.map {
      SwiftLiteral.commentLine(String($0))
    }
    return lines.isEmpty ? [SwiftLiteral.commentLine(message)] : lines
  }

  /// An `Entry.Localized(...)` expression per locale that has the entry, the source locale first.
  private var localizations: [String] {
    var result: [String] = []
    forEachLocalization { appendExpression in
      result.append(String(decoding: bytes(appendExpression), as: UTF8.self))
    }
    return result
  }

  /// Calls `body` with a function that appends the `Entry.Localized(...)` expression of each locale that has
  /// the entry, the source locale first.
  func forEachLocalization(_ body: (_ appendExpression: (inout [UInt8]) -> Void) -> Void) {
    for locale in locales {
      guard let localized = entry.locales[locale] else { continue }
      body { result in
        result.append(contentsOf: "Entry.Localized(locale: ".utf8)
        SwiftLiteral.append(locale, to: &result)
        result.append(contentsOf: ", message: ".utf8)
        SwiftLiteral.append(localized.message.text, to: &result)
        result.append(contentsOf: ", app: ".utf8)
        SwiftLiteral.append(localized.app.text, to: &result)
        result.append(contentsOf: ", description: ".utf8)
        SwiftLiteral.append(localized.description.text, to: &result)
        result.append(contentsOf: ", resolution: ".utf8)
        SwiftLiteral.append(localized.resolution.text, to: &result)
        result.append(contentsOf: (localized.fallback ? ", isFallback: true)" : ", isFallback: false)").utf8)
      }
    }
  }

  /// Appends the array literal of the message's patterns: an array of pieces per alternative.
  func appendPatterns(to result: inout [UInt8]) {
    result.append(UInt8(ascii: "["))
    for (index, pieces) in MessagePattern(message: message).alternatives.enumerated() {
      if index > 0 { result.append(contentsOf: ", ".utf8) }
      result.append(UInt8(ascii: "["))
      for (pieceIndex, piece) in pieces.enumerated() {
        if pieceIndex > 0 { result.append(contentsOf: ", ".utf8) }
        SwiftLiteral.append(piece, to: &result)
      }
      result.append(UInt8(ascii: "]"))
    }
    result.append(UInt8(ascii: "]"))
  }

  private func bytes(_ append: (inout [UInt8]) -> Void) -> [UInt8] {
    var result: [UInt8] = []
    append(&result)
    return result
  }
}
