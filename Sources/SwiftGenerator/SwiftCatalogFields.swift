import DocModel

/// How a catalog's declared fields appear in the generated Swift: each field's property name, its Swift type
/// on the entry and in each locale's text, the enums of its `enum` fields, and the literals of its values.
///
/// The entry keeps the fields that are not translated, typed, and every `enum` field as its enum; each
/// locale's text (`Entry.Localized`) keeps every field as that locale writes it (a field that is not
/// translated as the source writes it).
struct SwiftCatalogFields: Sendable {
  /// One field of the catalog.
  ///
  /// A class: each entry's definition goes through every field, and a reference is one retain where a copy
  /// of the field would be one per string it holds.
  final class Field: Sendable {
    let index: Int
    let declared: CatalogField
    /// The property name, on the entry and in each locale's text.
    let property: String
    /// The name of the generated enum, for `enum` fields.
    let enumType: String?
    /// The source locale's values of an `enum` field, in order of first use, with their case names.
    let cases: [(text: String, caseName: String)]
    /// The case name of each of ``cases``' texts.
    private let caseNamesByText: [String: String]
    let type: CatalogFieldType
    /// Whether a locale's text of the field is an array of strings (lists and links) rather than a string.
    let isStrings: Bool

    init(index: Int, declared: CatalogField, property: String, enumType: String?, cases: [(text: String, caseName: String)]) {
      self.index = index
      self.declared = declared
      self.property = property
      self.enumType = enumType
      self.cases = cases
      caseNamesByText = Dictionary(cases.map { ($0.text, $0.caseName) }, uniquingKeysWith: { first, _ in first })
      type = declared.type
      isStrings = type == .list || type == .links
    }

    /// The case name of a source value (the first case when the value is unknown).
    func caseName(of text: String) -> String {
      caseNamesByText[text] ?? cases.first?.caseName ?? "unnamed"
    }
    /// Whether the entry stores the field itself (typed), rather than only each locale's text.
    var isOnEntry: Bool { !declared.translated || type == .enum }
    /// Whether the typed property is optional: a value that is not required may be missing.
    var isOptional: Bool {
      switch type {
      case .integer, .code, .status, .date: !declared.required
      default: false
      }
    }
    /// The access to a member of the typed value (`?.` when the property is optional).
    var memberAccess: String { isOptional ? "?." : "." }

    /// The Swift type of the typed property on the entry.
    var entryType: String {
      let base: String
      switch type {
      case .text, .markdown, .pattern: base = "String"
      case .integer: base = "Int"
      case .code: base = "ErrorCode"
      case .status: base = "StatusCode"
      case .date: base = "CalendarDate"
      case .list, .links: base = "[String]"
      case .enum: base = enumType ?? "String"
      }
      return isOptional ? base + "?" : base
    }

    /// The Swift type of the field in a locale's text.
    var localizedType: String { isStrings ? "[String]" : "String" }

    /// The field's name and type, for doc comments.
    var summary: String { SwiftLiteral.commentLine("'\(declared.name)' (\(type.rawValue))") }
  }

  let fields: [Field]
  /// The field whose source text is each entry's doc comment: `description` if there is one, else the
  /// identifying field.
  let docField: Int
  /// The field named like the entry's message, for the doc comment of an entry without a description.
  let messageField: Int
  /// The lookup fields matched as message patterns (every lookup field that is not a code, status or integer).
  let patternLookups: [Int]
  let codeLookups: [Field]
  let statusLookups: [Field]
  let integerLookups: [Field]
  /// The `enum` key fields, which `lookup` takes as filters.
  let filters: [Field]

  /// Names the entry and its locale's text declare themselves, which fields are not given.
  static let entryMembers: Set<String> = [
    "id", "localizations", "patterns", "source", "localized", "locale", "isFallback", "hashValue", "hash",
    "asFallback", "errorDescription", "failureReason", "recoverySuggestion", "helpAnchor", "localizedDescription",
    "nonEmpty", "description",
    "self", "`self`", "Self", "`Self`", "Type", "`Type`", "Protocol", "`Protocol`", "init", "`init`",
  ]
  /// Type names an `enum` field's enum may not take: the catalog's own types and those the templates use.
  static let reservedEnumNames: Set<String> = SwiftIdentifier.reservedTypeNames.union([
    "Entry", "Localized", "ErrorCode", "StatusCode", "CalendarDate", "Error",
  ])
  /// Names `lookup` uses in its body, which a filter's parameter must not shadow.
  static let lookupLocals: Set<String> = [
    "error", "text", "codes", "statuses", "best", "bestScore", "entry", "entries", "score", "matched", "found",
  ]

  init(_ definition: CatalogDefinition, entries: [CatalogEntry], sourceLocale: String) {
    // `description` is the text of `CustomStringConvertible`, which the entry is not: that field is
    // `descriptionText`.
    let properties = SwiftIdentifier.uniqued(
      definition.fields.map { field in
        let name = SwiftIdentifier.lowerCamelCase(field.name, fallback: "field")
        return name == "description" ? "descriptionText" : name
      },
      reserving: Self.entryMembers)
    var usedTypes = Self.reservedEnumNames
    var fields: [Field] = []
    for (index, field) in definition.fields.enumerated() {
      var enumType: String?
      var cases: [(String, String)] = []
      if field.type == .enum {
        let name = SwiftIdentifier.upperCamelCase(field.name, fallback: "Value")
        let base = Self.reservedEnumNames.contains(name) ? name + "Value" : name
        var candidate = base
        var counter = 1
        while usedTypes.contains(candidate) {
          counter += 1
          candidate = "\(base)\(counter)"
        }
        usedTypes.insert(candidate)
        enumType = candidate
        var texts: [String] = []
        var seen: Set<String> = []
        for entry in entries {
          let text = entry.locales[sourceLocale]?[index].text ?? ""
          if seen.insert(text).inserted { texts.append(text) }
        }
        if let any = field.anyValue, !seen.contains(any) { texts.append(any) }
        if texts.isEmpty { texts = [""] }
        let names = SwiftIdentifier.uniqued(
          texts.map { SwiftIdentifier.lowerCamelCase($0, fallback: "unnamed") }, reserving: ["allCases", "rawValue"])
        cases = Array(zip(texts, names))
      }
      fields.append(
        Field(
          index: index, declared: field, property: properties[index], enumType: enumType,
          cases: cases.map { (text: $0.0, caseName: $0.1) }))
    }
    self.fields = fields
    docField = definition.index(of: "description") ?? definition.identifyingField
    messageField = definition.index(of: "message") ?? definition.identifyingField
    let lookups = definition.lookup.compactMap(definition.index(of:))
    patternLookups = lookups.filter { ![.code, .status, .integer].contains(definition.fields[$0].type) }
    codeLookups = lookups.map { fields[$0] }.filter { $0.type == .code }
    statusLookups = lookups.map { fields[$0] }.filter { $0.type == .status }
    integerLookups = lookups.map { fields[$0] }.filter { $0.type == .integer }
    filters = definition.keyIndexes.map { fields[$0] }.filter { $0.type == .enum }
  }

  /// Appends the literal of the entry's typed value of `field`, read from its source row.
  func appendEntryValue(_ field: Field, of source: LocalizedEntry?, to result: inout [UInt8]) {
    let value = source?[field.index] ?? .empty
    switch (field.type, value.value) {
    case (.enum, _):
      result.append(UInt8(ascii: "."))
      result.append(contentsOf: field.caseName(of: value.text).utf8)
    case (.integer, .integer(let number)):
      result.append(contentsOf: String(number).utf8)
    case (.code, .code(let code)):
      result.append(contentsOf: "ErrorCode(value: \(code.hex), written: ".utf8)
      SwiftLiteral.append(code.written, to: &result)
      result.append(UInt8(ascii: ")"))
    case (.status, .status(let status)):
      result.append(contentsOf: "StatusCode(reply: \(status.reply.map(String.init) ?? "nil"), status: ".utf8)
      SwiftLiteral.append(status.status, to: &result)
      result.append(contentsOf: ", written: ".utf8)
      SwiftLiteral.append(status.written, to: &result)
      result.append(UInt8(ascii: ")"))
    case (.date, .date(let date)):
      result.append(contentsOf: "CalendarDate(year: \(date.year), month: \(date.month), day: \(date.day))".utf8)
    case (.integer, _), (.code, _), (.status, _), (.date, _):
      // An empty cell of a field that need not be given; a value that does not read is an error of the build.
      result.append(contentsOf: "nil".utf8)
    case (.list, _), (.links, _):
      appendStrings(value, to: &result)
    case (.text, _), (.markdown, _), (.pattern, _):
      SwiftLiteral.append(value.text, to: &result)
    }
  }

  /// Appends the literal of `field` in a locale's text: its text, or its strings for lists and links.
  func appendLocalizedValue(_ field: Field, of localized: LocalizedEntry, to result: inout [UInt8]) {
    if field.isStrings {
      appendStrings(localized[field.index], to: &result)
    } else {
      SwiftLiteral.append(field.index < localized.values.count ? localized.values[field.index].text : "", to: &result)
    }
  }

  private func appendStrings(_ value: CatalogValue, to result: inout [UInt8]) {
    if case .strings(let strings) = value.value {
      SwiftLiteral.appendArray(strings, to: &result)
    } else {
      result.append(contentsOf: "[]".utf8)
    }
  }

  /// The message patterns of the entry's source row: per pattern lookup field, per line, its literal pieces.
  func patterns(of source: LocalizedEntry?) -> [[String]] {
    guard let source else { return [] }
    return patternLookups.flatMap { index -> [[String]] in
      let text = source[index].text
      return text.isEmpty ? [] : MessagePattern(message: text).alternatives
    }
  }
}
