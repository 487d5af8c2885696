import DocTestSupport
import DocValidation
import Testing

@Suite("translation.enum-value")
struct TranslationEnumValueTests {
  /// Found at a translated cell of an `enum` field that gives another of the source's values than its source
  /// row (the translation names another app); a translated value, or the same one, is not.
  @Test func aTranslatedRowNamingAnotherValueIsFound() throws {
    let docs = try MarkedDocs([
      // The app is not part of the key here, so that rows pair by their messages whatever their apps say.
      "doccatalog.yml": """
      sourceLocale: en-US
      locales: [en-US, ja-JP]
      catalogs:
        - name: Errors
          pages: [errors.md]
          key: [message]
          fields:
            message: { type: pattern, header: { en-US: Error message, ja-JP: エラー メッセージ } }
            app: { type: enum, header: { en-US: App, ja-JP: アプリ } }
            description: { type: markdown, header: { en-US: Description, ja-JP: 説明 } }
            resolution: { type: markdown, header: { en-US: Resolution, ja-JP: 解決方法 } }

      """,
      "en-US/errors.md": DocSetFixture.page(
        locale: "en-US",
        rows: [
          ["E1: failed", "Box", "Box failed.", "Retry."], ["E2: timeout", "Okta", "Timed out.", "Wait."],
          ["E3: denied", "Box", "Denied.", "Ask."],
        ]),
      "ja-JP/errors.md": """
      ---
      title: エラー
      description: エラー メッセージ。
      ms.date: 01/15/2024
      ---
      # エラー

      |エラー メッセージ|アプリ|説明|解決方法|
      |-|-|-|-|
      |E1: failed|1️⃣Okta|失敗しました。|再試行してください。|
      |E2: timeout|オクタ|タイムアウトしました。|待ってください。|
      |E3: denied|Box|拒否されました。|依頼してください。|

      """,
    ])
    #expect(try docs.findings(of: TranslationEnumValue.self) == docs.places("1️⃣"))
    #expect(
      try docs.messages(of: TranslationEnumValue.self) == [
        "'app' is 'Okta' here, another of its values; the source row has 'Box'"
      ])
  }
}
