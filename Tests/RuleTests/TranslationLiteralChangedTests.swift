import DocTestSupport
import DocValidation
import Testing

@Suite("translation.literal-changed")
struct TranslationLiteralChangedTests {
  /// Found at the translated cell of a do-not-translate column; other columns may change.
  @Test func aTranslatedDoNotTranslateCellIsFound() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": DocSetFixture.configuration + "\ndoNotTranslate: [message]\n",
      "en-US/errors.md": DocSetFixture.page(
        locale: "en-US",
        rows: [["E1: failed", "Box", "Box failed.", "Retry."], ["E2: timeout", "Okta", "Timed out.", "Wait."]]),
      "ja-JP/errors.md": """
      ---
      title: エラー
      description: エラー メッセージ。
      ms.date: 01/15/2024
      ---
      # エラー

      |エラー メッセージ|アプリ|説明|解決方法|
      |-|-|-|-|
      |1️⃣E1: 失敗|Box|失敗しました。|再試行してください。|
      |E2: timeout|オクタ|タイムアウトしました。|待ってください。|

      """,
    ])
    let findings = try docs.findings(of: TranslationLiteralChanged.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: TranslationLiteralChanged.self)
    #expect(messages == ["'message' must stay as in the source: 'E1: failed' became 'E1: 失敗'"])
  }
}
