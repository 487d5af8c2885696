import DocModel
import DocParser
import DocTestSupport
import Testing

@testable import SwiftGenerator

/// An entry's property in the Swift code is its symbol: readable words of its key (or of the configured
/// `symbol` field), the same whatever the order of the rows.
@Suite("Entry symbols")
struct EntrySymbolTests {
  static let rows = [
    ["HttpRequestFailure: Server returned: 401 Unauthorized", "Okta", "Token not valid.", "Reconnect."],
    ["HttpRequestFailure: Server returned: 401 Unauthorized", "Box", "Box token not valid.", "Reconnect Box."],
    ["Service timeout", "All apps", "The service timed out.", "Retry."],
    ["AWS: lookup failed", "AWS", "Lookup failed.", "Retry later."],
    // Two messages whose ids' slugs are cut to the same words: once numbered in row order.
    ["HttpRequestFailure: Server returned: 400 Bad Request", "Office 365", "Bad request.", "Retry."],
    [
      "HttpRequestFailure: Server returned: 400 Bad Request, ErrorCode: AF20012", "Office 365", "No tenant.", "Fix it.",
    ],
  ]

  /// The property of each entry, by id, in the Swift code generated for docs with these rows.
  static func properties(_ rows: [[String]]) throws -> [String: String] {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: rows),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: rows.reversed()),
    ])
    let (catalog, diagnostics) = try fixture.build()
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
    let source = try SwiftCatalogGenerator().generate(catalog, command: "test")
    var properties: [String: String] = [:]
    for entry in catalog.entries {
      // Each definition is `public static let <property> = Entry(` followed by `id: "<id>"`.
      let idLine = "    id: \"\(entry.id)\","
      let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
      let index = try #require(lines.firstIndex { $0 == idLine })
      let declaration = lines[index - 1]
      properties[entry.id] = String(
        declaration.dropFirst("  public static let ".count).dropLast(" = Entry(".count))
    }
    return properties
  }

  @Test func symbolsAreTheKeysWordsInCamelCase() throws {
    let properties = try Self.properties(Self.rows)
    #expect(
      Set(properties.values) == [
        "httpRequestFailureServerReturned401UnauthorizedOkta", "httpRequestFailureServerReturned401UnauthorizedBox",
        "serviceTimeoutAllApps", "awsLookupFailedAws", "httpRequestFailureServerReturned400BadRequestOffice365",
        "httpRequestFailureServerReturned400BadRequestErrorCodeAf20012Office365",
      ])
  }

  /// Moving rows leaves every symbol naming the same entry.
  @Test func movingRowsKeepsEverySymbol() throws {
    let before = try Self.properties(Self.rows)
    let moved = try Self.properties([
      Self.rows[5], Self.rows[2], Self.rows[1], Self.rows[4], Self.rows[3], Self.rows[0],
    ])
    let reversed = try Self.properties(Self.rows.reversed())
    #expect(moved == before)
    #expect(reversed == before)
  }

  /// The seed docs' 31 entries have readable symbols of their own.
  @Test func seedDocsHaveUniqueReadableSymbols() throws {
    let (catalog, _) = try DocSetFixture.build(Paths.docs)
    let symbols = catalog.entries.compactMap(\.symbol)
    #expect(symbols.count == 31)
    #expect(Set(symbols).count == 31)
    #expect(symbols.contains("httpRequestFailureServerReturned401UnauthorizedOkta"))
    #expect(symbols.contains("iOExceptionOkta"))
    #expect(symbols.allSatisfy { !$0.isEmpty && $0.first!.isLowercase })
  }

  @Test func wordsAreCamelCasedAndCapped() {
    #expect(EntrySymbol.lowerCamelCase(["AWS", "Office 365"]) == "awsOffice365")
    #expect(EntrySymbol.lowerCamelCase(["401 Unauthorized"]) == "_401Unauthorized")
    #expect(EntrySymbol.lowerCamelCase(["a b c d"], maximumWords: 2) == "aB")
    #expect(EntrySymbol.lowerCamelCase(["日本 — …"]).isEmpty)
  }

  /// A symbol the catalog type declares itself gets `Entry` after it; a keyword is written in backticks.
  @Test func reservedNamesAndKeywordsStillCompile() {
    let definition = CatalogDefinition(
      name: "Errors", pages: ["errors.md"],
      fields: [CatalogField(name: "message", type: .pattern, header: ["en-US": ["Message"]])], key: ["message"])
    #expect(EntrySymbol.name(of: { _ in "Entries" }, definition: definition) == "entriesEntry")
    #expect(EntrySymbol.name(of: { _ in "— …" }, definition: definition) == "unnamedEntry")
    #expect(SwiftIdentifier.symbol("default") == "`default`")
  }
}
