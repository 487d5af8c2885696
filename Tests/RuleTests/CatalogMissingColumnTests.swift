import DocParser
import DocTestSupport
import Testing

@Suite("catalog.missing-column")
struct CatalogMissingColumnTests {
  /// Found at the header of a catalog table (one with a message column) that lacks a configured column; a
  /// complete table and a table without a message column are not.
  @Test func aCatalogTableWithoutAConfiguredColumnIsFoundAtItsHeader() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": """
      ---
      title: Errors
      description: Error messages.
      ms.date: 01/15/2024
      ---
      # Errors

      |Error message|App|Description|Resolution|
      |-|-|-|-|
      |E1: failed|Box|Box failed.|Retry.|

      1️⃣|Error message|App|Description|
      |-|-|-|
      |E6: slow|Okta|Slow.|

      |Code|Meaning|
      |-|-|
      |1|One|

      """
    ])
    let findings = try docs.findings(of: CatalogMissingColumn.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: CatalogMissingColumn.self)
    #expect(messages == ["catalog table has no 'resolution' column (expected a header such as 'Resolution')"])
  }
}
