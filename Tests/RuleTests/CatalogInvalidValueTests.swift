import DocParser
import DocTestSupport
import Testing

@Suite("catalog.invalid-value")
struct CatalogInvalidValueTests {
  static let configuration = """
    sourceLocale: en-US
    locales: [en-US, ja-JP]
    catalogs:
      - name: UpdateErrors
        pages: [errors.md]
        key: [code]
        fields:
          code: {type: code, header: Error code}
          status: {type: status, header: Status}
          count: {type: integer, header: Count}
          found: {type: date, header: Found}
          message: {type: text, header: Message, required: true}

    """

  static let page = """
    ---
    title: Errors
    description: Error codes.
    ms.date: 01/15/2024
    ---
    # Errors

    |Error code|Status|Count|Found|Message|
    |-|-|-|-|-|
    |0x8024A000|5.7.1|3|2019-03-04|Update failed.|
    |-2145083391|550 5.4.1|12|March 4, 2019|Relay denied.|
    |1️⃣WU_E_NOSERVICE|2️⃣five|3️⃣many|4️⃣yesterday|5️⃣|
    |8024A002||||Empty optional cells are fine.|

    """

  /// Found at each cell its field's type does not read, and at an empty cell of a required field; empty
  /// cells of optional fields and every written form of a value are not.
  @Test func cellsThatDoNotReadAsTheirTypeAreFoundWhereTheyAre() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": Self.configuration, "en-US/errors.md": Self.page,
      // A translation is not read as the types of fields it must keep as written: validation compares them.
      "ja-JP/errors.md": Self.page.replacingOccurrences(of: "1️⃣WU_E_NOSERVICE", with: "WU_E_NOSERVICE")
        .replacingOccurrences(of: "2️⃣", with: "").replacingOccurrences(of: "3️⃣", with: "")
        .replacingOccurrences(of: "4️⃣", with: "").replacingOccurrences(of: "5️⃣", with: "x"),
    ])
    let findings = try docs.findings(of: CatalogInvalidValue.self)
    #expect(findings == docs.places("1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"))
    let messages = try docs.messages(of: CatalogInvalidValue.self)
    #expect(
      messages == [
        "'WU_E_NOSERVICE' is not an error code (such as 0x80070005, 80070005 or -2147024891), as field 'code' expects; the value is left out of the catalog",
        "'five' is not a status code (such as 5.7.1 or 550 5.4.1), as field 'status' expects; the value is left out of the catalog",
        "'many' is not a whole number, as field 'count' expects; the value is left out of the catalog",
        "'yesterday' is not a date (such as 2019-03-04, 03/04/2019 or March 4, 2019), as field 'found' expects; the value is left out of the catalog",
        "field 'message' is required, but its cell is empty",
      ])
  }
}
