import DocParser
import DocTestSupport
import Testing

@Suite("table.empty-key-cell")
struct TableEmptyKeyCellTests {
  /// Found at the row in the source locale, where the key's first field (the message) is empty; an empty
  /// app, a translation's empty message and a table outside the catalog are not.
  @Test func aSourceRowWithoutAMessageIsFound() throws {
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
      1️⃣||Box|No message.|Look at the logs.|
      |E3: denied||Denied.|Ask.|

      """,
      "ja-JP/errors.md": DocSetFixture.page(
        locale: "ja-JP",
        rows: [
          ["E1: failed", "Box", "失敗しました。", "再試行してください。"],
          ["", "Box", "メッセージなし。", "ログを見てください。"],
          ["E3: denied", "", "拒否されました。", "依頼してください。"],
        ]),
      "en-US/guide.md": """
      # Guide

      |Error message|App|
      |-|-|
      ||Box|

      """,
    ])
    let findings = try docs.findings(of: TableEmptyKeyCell.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: TableEmptyKeyCell.self)
    #expect(messages == ["row has an empty 'message' cell"])
  }
}
