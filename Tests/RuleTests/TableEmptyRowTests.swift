import DocModel
import DocParser
import DocTestSupport
import Testing

@Suite("table.empty-row")
struct TableEmptyRowTests {
  /// A catalog table's row of empty cells (as real pages end a table with `|||||`) is found at its line,
  /// in the source and in a translation, and is no entry; a row with one cell of text is an entry, and an
  /// empty row of a table outside the catalog is not found.
  @Test func aRowOfEmptyCellsIsFoundAndIsNoEntry() throws {
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
      |||Only a description.||
      1️⃣|||||

      """,
      "ja-JP/errors.md": """
      ---
      title: エラー
      description: エラー メッセージ。
      ms.date: 01/15/2024
      ---
      # エラー

      |エラー メッセージ|アプリ|説明|解決方法|
      |-|-|-|-|
      |E1: failed|Box|失敗しました。|再試行してください。|
      |||説明のみ。||
      2️⃣|  |  |  |  |

      """,
      "en-US/guide.md": """
      # Guide

      |Step|Note|
      |-|-|
      |||

      """,
    ])
    let findings = try docs.findings(of: TableEmptyRow.self)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    let (catalog, _) = try DocSetFixture.build(docs.root)
    #expect(catalog.entries.count == 2, "the row with a description is an entry; the empty rows are not")
  }
}
