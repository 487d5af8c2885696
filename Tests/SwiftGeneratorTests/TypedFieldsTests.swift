import DocModel
import DocParser
import DocTestSupport
import Foundation
import SwiftGenerator
import Testing

/// The generated Swift follows each catalog's declared fields: typed properties for every field type, lookup
/// by code in any written form and by status inside a text, in agreement with `Catalog.lookupAll`.
@Suite("Generated Swift of typed fields", .serialized)
struct TypedFieldsTests {
  /// A Windows-Update-like catalog with a field of every type but `status`, and a delivery status catalog
  /// whose field names are keywords or members of the entry, and whose enum values collide.
  static let files: [String: String] = [
    "doccatalog.yml": """
    sourceLocale: en-US
    locales: [en-US, de-DE]
    catalogs:
      - name: UpdateErrors
        pages: [windows-update.md]
        key: [code, severity]
        lookup: [code, symbol]
        fields:
          code: {type: code, required: true, header: {en-US: Error code, de-DE: Fehlercode}}
          symbol: {type: text, translated: false, header: {en-US: Symbol, de-DE: Symbol}}
          message: {type: markdown, header: {en-US: Message, de-DE: Meldung}}
          severity: {type: enum, any: Any, header: {en-US: Severity, de-DE: Schweregrad}}
          build: {type: integer, header: {en-US: Build, de-DE: Build}}
          fixed: {type: date, header: {en-US: Fixed, de-DE: Behoben}}
          seeAlso: {type: links, header: {en-US: See also, de-DE: Siehe auch}}
          steps: {type: list, header: {en-US: Steps, de-DE: Schritte}}
      - name: DeliveryStatus
        pages: [ndr.md]
        key: [status, error]
        fields:
          status: {type: status, required: true, header: Status code}
          error: {type: enum, any: All, header: Error}
          default: {type: text, header: Default}
          id: {type: text, translated: false, header: Id}
          locale: {type: text, header: Locale}
          protocol: {type: integer, header: Protocol}

    """,
    "en-US/windows-update.md": """
    # Windows Update errors

    |Error code|Symbol|Message|Severity|Build|Fixed|See also|Steps|
    |-|-|-|-|-|-|-|-|
    |0x8024A000|WU_E_AU_NOSERVICE|Automatic Updates was unable to service incoming requests.|Critical|19041|2020-05-27|[Fix](fix.md)|Restart the service.<br>Retry.|
    |0x80070005|E_ACCESSDENIED|Access is **denied**.|Warning|19042|March 4, 2021|[A](a.md) [B](https://example.com/b)|Run as administrator.|
    |0x80240022|WU_E_ALL_UPDATES_FAILED|Operation failed for all the updates.|Any|||||

    """,
    "de-DE/windows-update.md": """
    # Windows Update-Fehler

    |Fehlercode|Symbol|Meldung|Schweregrad|Build|Behoben|Siehe auch|Schritte|
    |-|-|-|-|-|-|-|-|
    |0x8024A000|WU_E_AU_NOSERVICE|Automatische Updates konnten eingehende Anforderungen nicht bearbeiten.|Kritisch|19041|2020-05-27|[Lösung](fix.md)|Dienst neu starten.<br>Wiederholen.|
    |0x80070005|E_ACCESSDENIED|Zugriff verweigert.|Warnung|19042|March 4, 2021|[A](a.md)|Als Administrator ausführen.|
    |0x80240022|WU_E_ALL_UPDATES_FAILED|Vorgang für alle Updates fehlgeschlagen.|Alle|||||

    """,
    "en-US/fix.md": "# Fix\n", "en-US/a.md": "# A\n", "de-DE/fix.md": "# Fix\n", "de-DE/a.md": "# A\n",
    "en-US/ndr.md": """
    # Delivery status notifications

    |Status code|Error|Default|Id|Locale|Protocol|
    |-|-|-|-|-|-|
    |550 5.4.1|Relay|Relay access denied|x|en|25|
    |5.7.1|relay|Delivery not authorized|y|en||
    |4.4.7|for|Message expired|z|en|587|
    |5.4.1|All|Recipient address rejected|w|en||

    """,
  ]

  /// Texts received at run time, looked up in both catalogs.
  static let texts = [
    "0x8024A000", "8024A000", "-2145083392", "Error 0x80070005: Access is denied.", "WU_E_AU_NOSERVICE",
    "wu_e_all_updates_failed", "550 5.4.1 Relay Access Denied", "451 4.4.7", "5.7.1", "5.4.1", "2149883904",
    "nothing at all",
  ]

  static func build() throws -> (Catalog, String) {
    let fixture = try DocSetFixture(files)
    let (catalog, diagnostics) = try fixture.build()
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    let source = try SwiftCatalogGenerator().generate(
      catalog, command: "doccatalog build docs --swift Typed.swift")
    return (catalog, source)
  }

  /// The catalog of one definition's entries alone, to look up in as its generated type does.
  static func only(_ name: String, of catalog: Catalog) -> Catalog {
    Catalog(
      sourceLocale: catalog.sourceLocale, locales: catalog.locales,
      catalogs: catalog.catalogs.filter { $0.name == name }, pages: catalog.pages,
      entries: catalog.entries.filter { $0.catalog == name })
  }

  @Test func typedPropertiesAndLookupsCompileAndAgreeWithTheCatalog() throws {
    let (catalog, source) = try Self.build()
    var main = "import Foundation\n"
    for text in Self.texts {
      let literal = SwiftLiteral.string(text)
      main += "print(UpdateErrors.lookupAll(\(literal)).map(\\.id).joined(separator: \",\"))\n"
      main += "print(DeliveryStatus.lookupAll(\(literal)).map(\\.id).joined(separator: \",\"))\n"
    }
    main += """
      let update = UpdateErrors.entry(code: 0x8024A000)!
      print(UpdateErrors.entry(code: -2145083392)!.id == update.id, UpdateErrors.entry(code: Int64(2149883904))!.id == update.id)
      print(update.code, update.code.value == 0x8024A000, update.symbol, update.severity == .critical)
      print(update.build.map(String.init) ?? "-", update.fixed.map(String.init(describing:)) ?? "-", update.seeAlso, update.steps)
      print(update.message, "|", update.localized(for: "de-DE").message, "|", update.localized(for: "de").steps)
      let denied = UpdateErrors.lookup("0x80070005")!
      print(denied.fixed!, denied.fixed! > update.fixed!, denied.seeAlso, denied.localized(for: "de-DE").isFallback)
      let failed = UpdateErrors.lookup("WU_E_ALL_UPDATES_FAILED")!
      print(failed.build == nil, failed.fixed == nil, failed.seeAlso.isEmpty, failed.steps.isEmpty, failed.severity == .`any`)
      print(UpdateErrors.lookup("WU_E_ALL_UPDATES_FAILED", severity: .warning)?.id == failed.id)
      print(UpdateErrors.lookup("E_ACCESSDENIED", severity: .critical) == nil)
      print(UpdateErrors.Severity.allCases.map(\\.rawValue))
      print(DeliveryStatus.entries(status: "550 5.4.1 Relay Access Denied").map(\\.status.written))
      print(DeliveryStatus.entries(status: "4.4.7").map { "\\($0.status.reply.map(String.init) ?? "-") \\($0.status.status)" })
      print(DeliveryStatus.ErrorValue.allCases.map(\\.rawValue))
      let relay = DeliveryStatus.lookup("550 5.4.1", error: .relay)!
      print(relay.status, relay.id2, relay.source.id2, relay.`default`, relay.locale2, relay.`protocol` ?? 0)
      print(DeliveryStatus.lookupAll("5.4.1", error: .for).map(\\.status.written))

      """
    let result = try SwiftCompiler.compileAndRun(["Typed.swift": source, "main.swift": main])
    #expect(result.status == 0, "\(result.standardError.prefix(3000))")
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let updates = Self.only("UpdateErrors", of: catalog)
    let statuses = Self.only("DeliveryStatus", of: catalog)
    let expected = Self.texts.flatMap { text in
      [updates, statuses].map { $0.lookupAll(text).map(\.id).joined(separator: ",") }
    }
    #expect(Array(lines.prefix(expected.count)) == expected)
    // The lookups find what they should, not only what the catalog finds.
    let byCode = updates.lookupAll("0x8024A000").map(\.id)
    #expect(byCode.count == 1 && byCode == updates.lookupAll("-2145083392").map(\.id))
    #expect(statuses.lookupAll("550 5.4.1 Relay Access Denied").count == 1)
    #expect(
      Array(lines.dropFirst(expected.count))
        == [
          "true true",
          "0x8024A000 true WU_E_AU_NOSERVICE true",
          "19041 2020-05-27 [\"fix.md\"] [\"Restart the service.\", \"Retry.\"]",
          "Automatic Updates was unable to service incoming requests. | "
            + "Automatische Updates konnten eingehende Anforderungen nicht bearbeiten. | "
            + "[\"Dienst neu starten.\", \"Wiederholen.\"]",
          "2021-03-04 true [\"a.md\", \"https://example.com/b\"] false",
          "true true true true true",
          "true",
          "true",
          "[\"Critical\", \"Warning\", \"Any\"]",
          "[\"550 5.4.1\", \"5.4.1\"]",
          "[\"- 4.4.7\"]",
          "[\"Relay\", \"relay\", \"for\", \"All\"]",
          "550 5.4.1 x x Relay access denied en 25",
          "[\"5.4.1\"]",
          "",
        ])
  }

  @Test func fieldsOfEveryTypeAreDeclaredTyped() throws {
    let (_, source) = try Self.build()
    for declaration in [
      "public let code: ErrorCode\n", "public let symbol: String\n", "public let severity: Severity\n",
      "public let build: Int?\n", "public let fixed: CalendarDate?\n", "public var seeAlso: [String] {",
      "public var steps: [String] {", "public var message: String {", "public let status: StatusCode\n",
      "public let error: ErrorValue\n", "public let id2: String\n", "public let `protocol`: Int?\n",
      "public let locale2: String\n", "public enum ErrorValue: String", "case relay2 = \"relay\"",
      "case `for` = \"for\"",
    ] {
      #expect(source.contains(declaration), "\(declaration)")
    }
  }
}
