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
  let sourceLocale: String
  let locales: [String]
  /// The entry's source row, looked up once: each entry's definition reads it several times.
  let source: LocalizedEntry?
  /// The catalog's fields as the Swift source shows them.
  let fields: SwiftCatalogFields
  /// The access level of the entry's declaration.
  let access: SwiftAccess

  /// `locales` are the locales whose texts the file holds: every one, or the source locale alone when the
  /// translations are read from the String Catalog.
  init(
    entry: CatalogEntry, property: String, sourceLocale: String, locales: [String], fields: SwiftCatalogFields,
    access: SwiftAccess = .public
  ) {
    self.access = access
    self.entry = entry
    self.property = property
    self.sourceLocale = sourceLocale
    self.locales = locales
    self.fields = fields
    source = entry.locales[sourceLocale]
  }

  func child(named name: String) -> Any? {
    switch name {
    case "doc": doc.map(TemplateText.init)
    case "localizations": localizations.map(TemplateText.init)
    case "values": values.map(TemplateText.init)
    default: text(named: name).map(TemplateText.init)
    }
  }

  private func text(named name: String) -> String? {
    switch name {
    case "property": property
    case "access": access.rawValue
    case "id": SwiftLiteral.string(entry.id)
    case "idText": entry.id
    case "message": SwiftLiteral.string(message)
    case "messageText": message
    case "patterns": patterns
    default: fieldText(named: name)
    }
  }

  /// The source text of the field whose property is `name` without its `Text` suffix (`appText`).
  private func fieldText(named name: String) -> String? {
    guard name.hasSuffix("Text") else { return nil }
    let property = name.dropLast(4)
    return fields.fields.first { $0.property == property }.map { source?[$0.index].text ?? "" }
  }

  /// The source text of the field the entry is named by (`message`, else the identifying field).
  var message: String { source?[fields.messageField].text ?? "" }

  /// The description's lines as comment lines, or the message when there is no description.
  var doc: [String] {
    let lines = (source?[fields.docField].text ?? "").nonEmptyLines.map {
      SwiftLiteral.commentLine(String($0))
    }
    return lines.isEmpty ? [SwiftLiteral.commentLine(message)] : lines
  }

  /// `label: literal` for each field the entry stores itself, in the order of the fields.
  private var values: [String] {
    fields.fields.filter(\.isOnEntry).map { field in
      var result: [UInt8] = []
      appendValue(field, to: &result)
      return String(decoding: result, as: UTF8.self)
    }
  }

  /// Appends `label: literal` of a field the entry stores itself.
  func appendValue(_ field: SwiftCatalogFields.Field, to result: inout [UInt8]) {
    result.append(contentsOf: field.property.utf8)
    result.append(contentsOf: ": ".utf8)
    fields.appendEntryValue(field, of: source, to: &result)
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
    _ locale: String, _ localized: LocalizedEntry, fields: SwiftCatalogFields, to result: inout [UInt8]
  ) {
    result.append(contentsOf: "Entry.Localized(locale: ".utf8)
    SwiftLiteral.append(locale, to: &result)
    for field in fields.fields {
      result.append(contentsOf: ", ".utf8)
      result.append(contentsOf: field.property.utf8)
      result.append(contentsOf: ": ".utf8)
      fields.appendLocalizedValue(field, of: localized, to: &result)
    }
    result.append(contentsOf: (localized.fallback ? ", isFallback: true)" : ", isFallback: false)").utf8)
  }

  /// Appends the array literal of the entry's patterns: an array of pieces per alternative.
  func appendPatterns(to result: inout [UInt8]) {
    result.append(UInt8(ascii: "["))
    for (index, pieces) in fields.patterns(of: source).enumerated() {
      if index > 0 { result.append(contentsOf: ", ".utf8) }
      SwiftLiteral.appendArray(pieces, to: &result)
    }
    result.append(UInt8(ascii: "]"))
  }

  /// The array literal of the entry's patterns.
  private var patterns: String {
    var result: [UInt8] = []
    appendPatterns(to: &result)
    return String(decoding: result, as: UTF8.self)
  }
}
