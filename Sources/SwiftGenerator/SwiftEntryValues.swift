import DocModel
import Mustache
import TemplateSupport

/// One catalog entry as the Swift templates see it: each value is made as a template asks for it, not kept
/// (only the source texts it is made from are, as references to the entry's strings).
///
/// A large catalog has tens of thousands of entries. Holding each one's literals in a dictionary until the
/// catalog template has run cost more memory than the generated file itself, and most keys are not used by
/// a given template. The keys are listed on ``SwiftCatalogContext``.
///
/// It is a class so that handing an entry to swift-mustache, which holds every value as `Any`, retains one
/// reference rather than copying each field into a box of its own: a catalog template of one's own may run
/// a section over all the entries.
final class SwiftEntryValues: MustacheParent, Sendable {
  let entry: CatalogEntry
  /// The entry's property name, unique in its catalog.
  let property: String
  /// The case of the catalog's `App` enum for the entry's app.
  let appCase: String
  let sourceLocale: String
  let locales: [String]
  /// The source locale's message, app and description, looked up once: each entry's definition reads them
  /// several times, and each lookup copies the locale's texts out of the entry.
  let message: String
  private let appText: String
  private let descriptionText: String

  /// Where the entry template's four texts are among the catalog's fields (``SwiftTextFields``).
  let fields: SwiftTextFields

  init(
    entry: CatalogEntry, property: String, appCase: String, sourceLocale: String, locales: [String],
    fields: SwiftTextFields
  ) {
    self.entry = entry
    self.property = property
    self.appCase = appCase
    self.sourceLocale = sourceLocale
    self.locales = locales
    self.fields = fields
    let source = entry.locales[sourceLocale]
    message = fields.text(.message, of: source)
    appText = fields.text(.app, of: source)
    descriptionText = fields.text(.description, of: source)
  }

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
    case "appText": appText
    case "patterns": patterns
    default: nil
    }
  }

  /// The description's lines as comment lines, or the message when there is no description.
  var doc: [String] {
    let lines = descriptionText.nonEmptyLines.map {
      SwiftLiteral.commentLine(String($0))
    }
    return lines.isEmpty ? [SwiftLiteral.commentLine(message)] : lines
  }

  /// An `Entry.Localized(...)` expression per locale that has the entry, the source locale first.
  private var localizations: [String] {
    localizedEntries.map { locale, localized in
      var result: [UInt8] = []
      Self.appendLocalization(locale, localized, fields: fields, to: &result)
      return String(decoding: result, as: UTF8.self)
    }
  }

  /// Each locale that has the entry, with its texts there, the source locale first.
  var localizedEntries: [(locale: String, texts: LocalizedEntry)] {
    locales.compactMap { locale in entry.locales[locale].map { (locale, $0) } }
  }

  /// Appends the `Entry.Localized(...)` expression of the entry's texts in `locale`.
  static func appendLocalization(
    _ locale: String, _ localized: LocalizedEntry, fields: SwiftTextFields, to result: inout [UInt8]
  ) {
    result.append(contentsOf: "Entry.Localized(locale: ".utf8)
    SwiftLiteral.append(locale, to: &result)
    result.append(contentsOf: ", message: ".utf8)
    SwiftLiteral.append(fields.text(.message, of: localized), to: &result)
    result.append(contentsOf: ", app: ".utf8)
    SwiftLiteral.append(fields.text(.app, of: localized), to: &result)
    result.append(contentsOf: ", description: ".utf8)
    SwiftLiteral.append(fields.text(.description, of: localized), to: &result)
    result.append(contentsOf: ", resolution: ".utf8)
    SwiftLiteral.append(fields.text(.resolution, of: localized), to: &result)
    result.append(contentsOf: (localized.fallback ? ", isFallback: true)" : ", isFallback: false)").utf8)
  }

  /// Appends the array literal of the message's patterns: an array of pieces per alternative.
  func appendPatterns(to result: inout [UInt8]) {
    result.append(UInt8(ascii: "["))
    for (index, pieces) in MessagePattern(message: message).alternatives.enumerated() {
      if index > 0 { result.append(contentsOf: ", ".utf8) }
      SwiftLiteral.appendArray(pieces, to: &result)
    }
    result.append(UInt8(ascii: "]"))
  }

  /// The array literal of the message's patterns.
  private var patterns: String {
    var result: [UInt8] = []
    appendPatterns(to: &result)
    return String(decoding: result, as: UTF8.self)
  }
}
