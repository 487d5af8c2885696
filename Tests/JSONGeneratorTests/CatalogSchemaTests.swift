import DocModel
import DocTestSupport
import Foundation
import JSONGenerator
import Testing

/// The schema `build --schema` writes: each entry checked against its own catalog's fields.
@Suite("Catalog schema")
struct CatalogSchemaTests {
  /// A catalog with a field of every type, in two locales; the second row leaves the optional fields empty.
  static let everyType: [String: String] = [
    "doccatalog.yml": """
    sourceLocale: en-US
    locales: [en-US, de-DE]
    catalogs:
      - name: MailErrors
        pages: [mail.md]
        key: [code]
        fields:
          code: {type: code, header: Code, required: true}
          status: {type: status, header: Status}
          count: {type: integer, header: {en-US: Count, de-DE: Anzahl}}
          found: {type: date, header: {en-US: Found, de-DE: Gefunden}, required: true}
          app: {type: enum, any: All apps, header: App, translated: false}
          symbol: {type: text, header: Symbol, translated: false, required: true}
          steps: {type: list, header: {en-US: Steps, de-DE: Schritte}}
          seeAlso: {type: links, header: {en-US: See also, de-DE: Siehe auch}}
          message: {type: markdown, header: {en-US: Message, de-DE: Meldung}, required: true}
          hint: {type: pattern, header: {en-US: Hint, de-DE: Hinweis}, translated: true}
    """,
    "en-US/mail.md": """
    # Mail errors

    | Code | Status | Count | Found | App | Symbol | Steps | See also | Message | Hint |
    |---|---|---|---|---|---|---|---|---|---|
    | 0x80070005 | 550 5.7.1 | 3 | 2024-05-01 | Mail | E_ACCESS | Restart<br>Retry | [Fix](fix.md) | **Access** denied | Denied for {0} |
    | 80004005 | | | May 2, 2024 | All apps | E_FAIL | | | Failure | |

    """,
    "en-US/fix.md": "# Fix\n",
    "de-DE/mail.md": """
    # Mailfehler

    | Code | Status | Anzahl | Gefunden | App | Symbol | Schritte | Siehe auch | Meldung | Hinweis |
    |---|---|---|---|---|---|---|---|---|---|
    | 0x80070005 | 550 5.7.1 | 3 | 2024-05-01 | Mail | E_ACCESS | Neu starten | [Lösung](fix.md) | Zugriff verweigert | Verweigert für {0} |
    | 80004005 | | | May 2, 2024 | All apps | E_FAIL | | | Fehler | |

    """,
    "de-DE/fix.md": "# Lösung\n",
  ]

  /// The committed schema of docs/ is what `build --schema` makes of it now.
  @Test func committedSchemaOfDocsIsUpToDate() throws {
    let (catalog, diagnostics) = try DocSetFixture.build(Paths.docs)
    #expect(diagnostics.isEmpty)
    Golden.assertMatches(
      JSONOutput.encode(CatalogSchema.schema(for: catalog)),
      golden: Paths.docs.appendingPathComponent("schema/catalog.schema.json"))
  }

  @Test func catalogOfDocsValidatesAgainstItsSchema() throws {
    let catalog = try DocSetFixture.build(Paths.docs).0
    let result = try Self.validate(JSONOutput.encode(catalog), against: catalog)
    #expect(result.status == 0, "\(result.output)\(result.standardError)")
  }

  @Test func catalogOfEveryFieldTypeValidatesAgainstItsSchema() throws {
    let (catalog, diagnostics) = try DocSetFixture(Self.everyType).build()
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    #expect(catalog.entries.count == 2)
    let result = try Self.validate(JSONOutput.encode(catalog), against: catalog)
    #expect(result.status == 0, "\(result.output)\(result.standardError)")
  }

  /// Each broken value is rejected where it is: a wrong type, an enum value the source does not have, a
  /// required value missing or empty, a value in the wrong place.
  @Test(
    arguments: [
      ("values", "code", "0x80070005", "entries/0/values/code"),
      ("values", "app", "Calendar", "entries/0/values/app"),
      ("values", "found", nil, "entries/0/values/found"),
      ("values", "symbol", "  ", "entries/0/values/symbol"),
      ("en-US", "hint", nil, "entries/0/locales/en-US/values/hint"),
    // An untranslated field belongs to the entry, not to a locale.
    ("en-US", "count", "3", "entries/0/locales/en-US/values"),
      ("de-DE", "steps", "Neu starten", "entries/0/locales/de-DE/values/steps"),
    ] as [(String, String, String?, String)])
  func brokenValueIsRejectedAtItsPath(place: String, field: String, value: String?, path: String) throws {
    let catalog = try DocSetFixture(Self.everyType).build().0
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONOutput.encode(catalog))) as? [String: Any])
    var entries = try #require(object["entries"] as? [[String: Any]])
    let newValue: Any = value ?? NSNull()
    if place == "values" {
      var values = try #require(entries[0]["values"] as? [String: Any])
      values[field] = newValue
      entries[0]["values"] = values
    } else {
      var locales = try #require(entries[0]["locales"] as? [String: Any])
      var localized = try #require(locales[place] as? [String: Any])
      var values = try #require(localized["values"] as? [String: Any])
      values[field] = newValue
      localized["values"] = values
      locales[place] = localized
      entries[0]["locales"] = locales
    }
    object["entries"] = entries
    let result = try Self.validate([UInt8](try JSONSerialization.data(withJSONObject: object)), against: catalog)
    #expect(result.status == 1)
    #expect(result.output.contains(": \(path): "), "\(result.output)")
  }

  @Test func missingRequiredFieldIsRejected() throws {
    let catalog = try DocSetFixture(Self.everyType).build().0
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONOutput.encode(catalog))) as? [String: Any])
    var entries = try #require(object["entries"] as? [[String: Any]])
    var values = try #require(entries[1]["values"] as? [String: Any])
    values["symbol"] = nil
    entries[1]["values"] = values
    object["entries"] = entries
    let result = try Self.validate([UInt8](try JSONSerialization.data(withJSONObject: object)), against: catalog)
    #expect(result.status == 1)
    #expect(result.output.contains(": entries/1/values: 'symbol' is a required property"), "\(result.output)")
  }

  /// An enum field's values in the schema are the source locale's, whatever the translations write.
  @Test func enumValuesAreTheSourceLocales() throws {
    let catalog = try DocSetFixture(Self.everyType).build().0
    let schema = CatalogSchema.schema(for: catalog)
    guard case .object(let root) = schema, case .object(let definitions)? = root["$defs"],
      case .object(let entry)? = definitions["catalog.MailErrors"], case .object(let properties)? = entry["properties"],
      case .object(let values)? = properties["values"], case .object(let fields)? = values["properties"],
      case .object(let app)? = fields["app"]
    else {
      Issue.record("no schema of the app field: \(schema)")
      return
    }
    #expect(app["enum"] == .array(["All apps", "Mail"]))
  }

  static func validate(_ bytes: [UInt8], against catalog: Catalog) throws -> CommandResult {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let instance = folder.appendingPathComponent("catalog.json")
    let schema = folder.appendingPathComponent("catalog.schema.json")
    try Data(bytes).write(to: instance)
    try Data(JSONOutput.encode(CatalogSchema.schema(for: catalog))).write(to: schema)
    let python = try #require(Command.which("python3"), "python3 is needed for the schema check")
    let script = Paths.repositoryRoot.appendingPathComponent("Scripts/validate-json-schema.py").path
    return try Command.run(python, [script, schema.path, instance.path])
  }
}
