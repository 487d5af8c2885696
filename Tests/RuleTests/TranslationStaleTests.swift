import DocTestSupport
import DocValidation
import Testing

@Suite("translation.stale")
struct TranslationStaleTests {
  /// Found on the translation's `ms.date` line; a translation of the same day or later, or without a date
  /// that reads, is not.
  @Test func aTranslationDatedBeforeItsSourceIsFound() throws {
    func page(_ title: String, date: String) -> String {
      "---\ntitle: \(title)\nms.date: \(date)\n---\n# \(title)\n"
    }
    let docs = try MarkedDocs([
      "en-US/guide.md": page("Guide", date: "01/15/2024"),
      "ja-JP/guide.md": """
      ---
      title: ガイド
      1️⃣ms.date: 01/01/2024
      ---
      # ガイド

      """,
      "en-US/same.md": page("Same day", date: "01/15/2024"),
      "ja-JP/same.md": page("同じ日", date: "1/15/2024"),
      "en-US/later.md": page("Later", date: "01/15/2024"),
      "ja-JP/later.md": page("後", date: "2024-02-01"),
      "en-US/undated.md": page("Undated", date: "01/15/2024"),
      "ja-JP/undated.md": page("日付なし", date: "someday"),
    ])
    let findings = try docs.findings(of: TranslationStale.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: TranslationStale.self)
    #expect(messages == ["translation is dated 01/01/2024, before its source (01/15/2024)"])
  }
}
