import DocParser
import DocTestSupport
import Testing

@Suite("catalog.no-table")
struct CatalogNoTableTests {
  /// Found at the first line of a catalog page in the source locale; its translation and pages outside the
  /// catalog are not.
  @Test func aSourcePageOfACatalogWithoutItsTableIsFound() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": """
      1️⃣---
      title: Errors
      description: A table with other columns.
      ms.date: 01/15/2024
      ---
      # Errors

      |Code|Meaning|
      |-|-|
      |1|One|

      """,
      "ja-JP/errors.md": """
      ---
      title: エラー
      ---
      # エラー

      """,
      "en-US/guide.md": """
      # Guide

      """,
    ])
    let findings = try docs.findings(of: CatalogNoTable.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: CatalogNoTable.self)
    #expect(messages == ["page has no table with the columns of catalog 'Errors'"])
  }
}
