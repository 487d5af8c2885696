import DocModel
import DocParser
import DocTestSupport
import Testing

/// Cells read as their field's type: the written forms real troubleshooting tables use.
@Suite("Reading cells as field types")
struct FieldTypeReadingTests {
  /// `0x80070005`, `80070005` and `-2147024891` are one HRESULT; a code may be followed by its symbol.
  @Test func errorCodesInEveryWrittenFormAreOneValue() throws {
    let forms = ["0x80070005", "0X80070005", "80070005", "-2147024891", "0x80070005 (E_ACCESSDENIED)"]
    for form in forms {
      let code = try #require(ErrorCode(cell: form), "\(form)")
      #expect(code.value == 0x8007_0005, "\(form)")
      #expect(code.hex == "0x80070005")
      #expect(code.written == form)
    }
    #expect(ErrorCode(cell: "0x8024A000")?.value == 0x8024_A000)
    #expect(ErrorCode(cell: "8024A000")?.value == 0x8024_A000)
    #expect(ErrorCode(cell: "-2145083392")?.value == 0x8024_A000)
    // Decimal numbers that are not eight digits are decimal: Win32 codes and event ids.
    #expect(ErrorCode(cell: "1326")?.value == 1326)
    #expect(ErrorCode(cell: "0x5")?.hex == "0x00000005")
    // Negative numbers beyond 32 bits keep their 64-bit pattern.
    #expect(ErrorCode(cell: "-4294967297")?.value == UInt64(bitPattern: -4_294_967_297))
    for notACode in ["", "WU_E_AU_NOSERVICE", "E_FAIL 0x80004005", "0x", "0x12345678901234567", "- 5", "n/a"] {
      #expect(ErrorCode(cell: notACode) == nil, "\(notACode)")
    }
    #expect(
      ErrorCode.codes(in: "Windows Update failed: 0x8024A000 (-2145083392), code 8024A000") == [
        0x8024_A000, 0x8024_A000, 0x8024_A000,
      ])
  }

  /// Status codes alone, after their reply code, and inside a longer text; versions and addresses are not.
  @Test func statusCodesAreFoundAloneAndInsideText() throws {
    let relay = try #require(StatusCode(cell: "550 5.4.1"))
    #expect(relay.reply == 550)
    #expect(relay.status == "5.4.1")
    #expect(StatusCode(cell: "5.7.1")?.reply == nil)
    #expect(StatusCode(cell: "4.4.7 Message expired")?.status == "4.4.7")
    #expect(StatusCode(cell: "550-5.7.133")?.reply == 550)
    for notAStatus in ["3.1.4", "5.7", "v5.7.1", "10.5.7.1", "5.7.1.2", "Relay denied 5.4.1", "five"] {
      #expect(StatusCode(cell: notAStatus) == nil, "\(notAStatus)")
    }
    let found = StatusCode.statuses(in: "Remote server returned '550 5.4.1 Relay Access Denied' then 4.4.7")
    #expect(found.map(\.status) == ["5.4.1", "4.4.7"])
    #expect(found.map(\.reply) == [550, nil])
    // A reply code of another class is not this status's.
    #expect(StatusCode.statuses(in: "421 5.7.1").first?.reply == nil)
  }

  @Test func datesInTheFormsTablesWrite() {
    for form in [
      "2019-03-04", "03/04/2019", "3/4/2019", "March 4, 2019", "4 March 2019", "Mar 4 2019", "march 4, 2019",
    ] {
      #expect(DocDate(written: form).map(\.iso) == "2019-03-04", "\(form)")
    }
    for notADate in ["yesterday", "March 32, 2019", "Smarch 4, 2019", "2019", "4 Ma 2019"] {
      #expect(DocDate(written: notADate) == nil, "\(notADate)")
    }
  }

  /// Lists split on the cell's line breaks; links keep their targets, text and Markdown; Markdown fields
  /// keep the cell's Markdown, text fields lose it.
  @Test func listsLinksMarkdownAndTextReadTheirCells() throws {
    let page = MarkdownParser().parse(
      """
      |Steps|See|Cause|Plain|
      |-|-|-|-|
      |Restart.<br>Retry.<br/> <br>Call support.|[Fix it](fix.md#step-2) or [docs](https://learn.microsoft.com/x)|The **token** expired.|The **token** expired.|

      """, path: "t.md")
    let cells = try #require(page.document.tables.first?.rows.first?.cells)
    func read(_ column: Int, _ type: CatalogFieldType) -> CatalogValue {
      FieldReader.read(cells[column], as: CatalogField(name: "f", type: type, header: [:])).value
    }
    #expect(read(0, .list).value == .strings(["Restart.", "Retry.", "Call support."]))
    let links = read(1, .links)
    #expect(links.value == .strings(["fix.md#step-2", "https://learn.microsoft.com/x"]))
    #expect(links.text == "Fix it or docs")
    #expect(links.cell.markdown.contains("](fix.md#step-2)"))
    #expect(read(2, .markdown).cell.markdown == "The **token** expired.")
    #expect(read(3, .text).cell == CatalogText(text: "The token expired.", markdown: "The token expired."))
  }

  /// Every type's JSON form reads back as the value it was written from.
  @Test func everyTypeRoundTripsThroughItsJSONForm() throws {
    let samples: [(CatalogFieldType, String)] = [
      (.text, "Plain"), (.pattern, "Error {0}"), (.enum, "Okta"), (.integer, "42"), (.code, "0x8024A000"),
      (.status, "550 5.4.1"), (.date, "2019-03-04"), (.list, "a<br>b"),
    ]
    for (type, cell) in samples {
      let page = MarkdownParser().parse("|h|\n|-|\n|\(cell)|\n", path: "t.md")
      let tableCell = try #require(page.document.tables.first?.rows.first?.cells.first)
      let value = FieldReader.read(tableCell, as: CatalogField(name: "f", type: type, header: [:])).value
      #expect(value.value != .invalid, "\(type)")
      #expect(CatalogValue(json: value.json(as: type), as: type) == value, "\(type)")
    }
  }
}
