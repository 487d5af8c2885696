import DocParser
import DocTestSupport
import Testing

@Suite("catalog.symbol-collision")
struct CatalogSymbolCollisionTests {
  static func page(_ rows: String) -> String {
    """
    ---
    title: Errors
    description: Error messages.
    ms.date: 01/15/2024
    ---
    # Errors

    |Error message|App|Description|Resolution|
    |-|-|-|-|
    \(rows)
    """
  }

  /// Keys that differ only in punctuation and case make the same symbol: found at the later row, naming the
  /// earlier one; the same message in another app is another symbol.
  @Test func keysSpellingTheSameWordsAreFound() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": Self.page(
        """
        |E1: failed|Box|Box failed.|Retry.|
        |E1: failed|Okta|Okta failed.|Retry.|
        1️⃣|E1 - failed!|Box|Box failed again.|Retry later.|

        """)
    ])
    #expect(try docs.findings(of: CatalogSymbolCollision.self) == docs.places("1️⃣"))
    #expect(
      try docs.messages(of: CatalogSymbolCollision.self) == [
        "this row and the row at en-US/errors.md:10 would both be named 'e1FailedBox' in the generated code;"
          + " change the text one of them is named by, or name a field that tells them apart with the catalog's"
          + " 'symbol'"
      ])
  }

  /// With a `symbol` field, its text alone names the entry: rows with other keys but the same symbol text
  /// collide.
  @Test func aSymbolFieldNamesEntriesByItsTextAlone() throws {
    let configuration = """
      sourceLocale: en-US
      locales: [en-US]
      catalogs:
        - name: Errors
          pages: [errors.md]
          key: [message]
          symbol: code
          fields:
            code: { header: Code }
            message: { type: pattern, header: Error message }
      """
    let docs = try MarkedDocs([
      "doccatalog.yml": configuration,
      "en-US/errors.md": """
      # Errors

      |Code|Error message|
      |-|-|
      |E-1|Disk full.|
      |E-2|Disk gone.|
      1️⃣|E 1|Disk lost.|

      """,
    ])
    #expect(try docs.findings(of: CatalogSymbolCollision.self) == docs.places("1️⃣"))
    #expect(try docs.messages(of: CatalogSymbolCollision.self).first?.contains("'e1'") == true)
  }

  /// A duplicate key is reported as such (its id and symbol numbered alike), not as a collision too.
  @Test func aDuplicateKeyIsNotACollisionToo() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": Self.page(
        """
        |E1: failed|Box|Box failed.|Retry.|
        |E1: failed|Box|Box failed again.|Retry later.|

        """)
    ])
    #expect(try docs.findings(of: CatalogSymbolCollision.self).isEmpty)
    #expect(try docs.findings(of: CatalogDuplicateKey.self).count == 1)
  }
}
