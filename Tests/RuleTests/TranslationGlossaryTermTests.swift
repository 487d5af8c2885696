import DocTestSupport
import DocValidation
import Testing

@Suite("translation.glossary-term")
struct TranslationGlossaryTermTests {
  /// Found at the translated cell that lost a glossary term its source cell has; a cell keeping it, and a
  /// cell whose source lacks it, are not.
  @Test func aTranslatedGlossaryTermIsFoundAtItsCell() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": DocSetFixture.configuration + "\nglossary: [Okta]\n",
      "en-US/errors.md": DocSetFixture.page(
        locale: "en-US",
        rows: [["E1: failed", "Box", "Box failed.", "Retry."], ["E2: timeout", "Okta", "Okta timed out.", "Wait."]]),
      "ja-JP/errors.md": """
      ---
      title: エラー
      description: エラー メッセージ。
      ms.date: 01/15/2024
      ---
      # エラー

      |エラー メッセージ|アプリ|説明|解決方法|
      |-|-|-|-|
      |E1: failed|ボックス|失敗しました。|再試行してください。|
      |E2: timeout|Okta|1️⃣タイムアウトしました。|待ってください。|

      """,
      "en-US/other.md": DocSetFixture.page(
        locale: "en-US", rows: [["E3: denied", "Okta", "Okta denied it.", "Ask."]]),
      "ja-JP/other.md": DocSetFixture.page(
        locale: "ja-JP", rows: [["E3: denied", "Okta", "Okta が拒否しました。", "依頼してください。"]]),
    ])
    let findings = try docs.findings(of: TranslationGlossaryTerm.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: TranslationGlossaryTerm.self)
    #expect(messages == ["'Okta' must not be translated, but the 'description' cell lacks it: 'タイムアウトしました。'"])
  }
}
