import DocTestSupport
import DocValidation
import Testing

@Suite("translation.row-alignment")
struct TranslationRowAlignmentTests {
  /// A source row without a translation is found at the source row; a translated row out of order, and
  /// one without a source row, at the translated row. A row whose app was renamed is still its row.
  @Test func missingReorderedAndAddedRowsAreFound() throws {
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
      1️⃣|E2: timeout|Okta|Timed out.|Wait.|
      |E3: denied|Okta|Denied.|Ask.|

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
      2️⃣|E3: denied|Okta|拒否されました。|依頼してください。|
      |E1: failed|ボックス|失敗しました。|再試行してください。|
      3️⃣|E9: added|Zendesk|追加されました。|なし。|

      """,
    ])
    let findings = try docs.findings(of: TranslationRowAlignment.self)
    #expect(findings == docs.places("1️⃣", "2️⃣", "3️⃣"))
    let messages = try docs.messages(of: TranslationRowAlignment.self)
    #expect(
      messages == [
        "row 'E2: timeout' has no 'ja-JP' translation",
        "row is out of order: the source has it after line 11's row",
        "row has no counterpart in the source locale",
      ])
  }

  /// A translated row where a source row is, whose content shares nothing with it (a message with no code,
  /// translated, and an app renamed), is reported once, at the translated row; its neighbours, which keep
  /// their codes though written differently, are their rows.
  @Test func aRowItsContentDoesNotSupportIsReportedOnce() throws {
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
      |HttpRequestFailure: Server returned: 401 Unauthorized|Okta|Bad token.|Reconnect.|
      |Service timeout|All apps|Timed out.|Wait.|
      |HttpRequestFailure: Server returned: 500 Internal server error|All apps|Failed.|Retry.|

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
      |HttpRequestFailure:Server returned:401 Unauthorized|Okta|無効なトークン。|再接続してください。|
      1️⃣|サービスのタイムアウト|すべてのアプリ|タイムアウトしました。|お待ちください。|
      |HttpRequestFailure: サーバーが返しました: 500|すべてのアプリ|失敗しました。|再試行してください。|

      """,
    ])
    #expect(try docs.findings(of: TranslationRowAlignment.self) == docs.places("1️⃣"))
    #expect(
      try docs.messages(of: TranslationRowAlignment.self) == [
        "row stands for line 11's row 'Service timeout' but shares no code, identifier or app name with it: "
          + "the catalog uses the source text"
      ])
  }
}
