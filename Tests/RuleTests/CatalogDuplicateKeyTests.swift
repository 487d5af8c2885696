import DocParser
import DocTestSupport
import Testing

@Suite("catalog.duplicate-key")
struct CatalogDuplicateKeyTests {
  /// Found at the later row; the same message in another app is another key.
  @Test func aRowRepeatingAnEarlierRowsKeyIsFound() throws {
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
      |E1: failed|Okta|Okta failed.|Retry.|
      1️⃣|E1: failed|Box|Box failed again.|Retry later.|

      """
    ])
    let findings = try docs.findings(of: CatalogDuplicateKey.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: CatalogDuplicateKey.self)
    #expect(messages == ["another row has the same 'message' and 'app'; its id gets a suffix"])
  }
}
