import DocModel

/// The catalog fields the Swift templates show as an entry's message, app, description and resolution:
/// the fields of those names, else the first field of a fitting type (the first key field as the message,
/// the first `enum` field as the app); a text the catalog has no field for is empty.
struct SwiftTextFields: Sendable {
  enum Role: CaseIterable { case message, app, description, resolution }

  private let indexes: [Role: Int]
  /// The source locale's app value that stands for every app (``CatalogField/anyValue``).
  let anyApp: String?

  init(_ definition: CatalogDefinition) {
    var indexes: [Role: Int] = [:]
    for role in Role.allCases {
      if let index = definition.index(of: "\(role)") { indexes[role] = index }
    }
    if indexes[.message] == nil { indexes[.message] = definition.identifyingField }
    if indexes[.app] == nil, let index = definition.fields.firstIndex(where: { $0.type == .enum }) {
      indexes[.app] = index
    }
    self.indexes = indexes
    anyApp = indexes[.app].flatMap { definition.fields[$0].anyValue }
  }

  /// The text of `role` in a locale's entry (where a field that is not translated has the source's).
  func text(_ role: Role, of localized: LocalizedEntry?) -> String {
    guard let index = indexes[role], let localized else { return "" }
    return localized[index].text
  }
}
