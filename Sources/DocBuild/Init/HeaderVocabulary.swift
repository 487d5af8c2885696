/// The words that name the columns of an error catalog, per language: how `init` tells an error table from
/// any other table, and names a column whose header is not written in Latin letters.
///
/// A header matches a word when its lowercased text contains it (Chinese, Japanese and Korean headers have no
/// spaces between words). English words are tried on every page, since machine translation often leaves
/// headers in English; the words of the page's own language are tried too.
enum HeaderVocabulary {
  /// What a column holds, as its header says. The order is the order of preference: `Error code` is a code
  /// column before it is an error column.
  enum Role: String, CaseIterable {
    case code, status, event, message, cause, resolution, workaround, description, error

    /// Whether a header of this role alone makes a table an error catalog; a description column alone does
    /// not (property tables have one too).
    var marksErrorTable: Bool { self != .description }
  }

  /// The roles and their words, per language (the first part of a locale: `de` for `de-DE`).
  static let words: [String: [Role: [String]]] = [
    "en": [
      .code: ["code", "hresult", "ntstatus"], .status: ["status"], .event: ["event"], .message: ["message"],
      .cause: ["cause", "reason"], .resolution: ["resolution", "solution", "mitigation"],
      .workaround: ["workaround"], .description: ["description", "symptom", "behavior"], .error: ["error"],
    ],
    "de": [
      .code: ["code"], .status: ["status"], .event: ["ereignis"], .message: ["meldung", "nachricht"],
      .cause: ["ursache", "grund"], .resolution: ["lösung", "behebung"], .workaround: ["problemumgehung"],
      .description: ["beschreibung"], .error: ["fehler"],
    ],
    "ja": [
      .code: ["コード"], .status: ["状態", "ステータス"], .event: ["イベント"], .message: ["メッセージ"], .cause: ["原因"],
      .resolution: ["解決", "対処"], .workaround: ["回避"], .description: ["説明"], .error: ["エラー"],
    ],
    "zh": [
      .code: ["代码", "代碼"], .status: ["状态", "狀態"], .event: ["事件"], .message: ["消息", "訊息", "信息"], .cause: ["原因"],
      .resolution: ["解决", "解決"], .workaround: ["解决方法", "因應措施"], .description: ["说明", "說明", "描述"],
      .error: ["错误", "錯誤"],
    ],
    "ko": [
      .code: ["코드"], .status: ["상태"], .event: ["이벤트"], .message: ["메시지"], .cause: ["원인"], .resolution: ["해결"],
      .workaround: ["해결 방법"], .description: ["설명"], .error: ["오류"],
    ],
    "fr": [
      .code: ["code"], .status: ["état", "statut"], .event: ["événement"], .message: ["message"], .cause: ["cause"],
      .resolution: ["résolution", "solution"], .workaround: ["contournement"], .description: ["description"],
      .error: ["erreur"],
    ],
    "es": [
      .code: ["código"], .status: ["estado"], .event: ["evento"], .message: ["mensaje"], .cause: ["causa"],
      .resolution: ["resolución", "solución"], .workaround: ["alternativa"], .description: ["descripción"],
      .error: ["error"],
    ],
    "it": [
      .code: ["codice"], .status: ["stato"], .event: ["evento"], .message: ["messaggio"], .cause: ["causa"],
      .resolution: ["risoluzione", "soluzione"], .workaround: ["alternativa"], .description: ["descrizione"],
      .error: ["errore"],
    ],
    "pt": [
      .code: ["código"], .status: ["estado", "status"], .event: ["evento"], .message: ["mensagem"], .cause: ["causa"],
      .resolution: ["resolução", "solução"], .workaround: ["alternativa"], .description: ["descrição"],
      .error: ["erro"],
    ],
    "nl": [
      .code: ["code"], .status: ["status"], .event: ["gebeurtenis"], .message: ["bericht"], .cause: ["oorzaak"],
      .resolution: ["oplossing"], .workaround: ["tijdelijke oplossing"], .description: ["beschrijving"],
      .error: ["fout"],
    ],
    "pl": [
      .code: ["kod"], .status: ["stan"], .event: ["zdarzeni"], .message: ["komunikat"], .cause: ["przyczyn"],
      .resolution: ["rozwiązani"], .workaround: ["obejście"], .description: ["opis"], .error: ["błąd", "błęd"],
    ],
    "sv": [
      .code: ["kod"], .status: ["status"], .event: ["händelse"], .message: ["meddelande"], .cause: ["orsak"],
      .resolution: ["lösning"], .workaround: ["tillfällig lösning"], .description: ["beskrivning"], .error: ["fel"],
    ],
    "tr": [
      .code: ["kod"], .status: ["durum"], .event: ["olay"], .message: ["ileti", "mesaj"], .cause: ["neden"],
      .resolution: ["çözüm"], .workaround: ["geçici çözüm"], .description: ["açıklama"], .error: ["hata"],
    ],
    "hu": [
      .code: ["kód"], .status: ["állapot"], .event: ["esemény"], .message: ["üzenet"], .cause: ["kiváltó ok"],
      .resolution: ["megoldás"], .workaround: ["kerülő megoldás"], .description: ["leírás"], .error: ["hiba"],
    ],
    "cs": [
      .code: ["kód"], .status: ["stav"], .event: ["událost"], .message: ["zpráv"], .cause: ["příčin"],
      .resolution: ["řešení"], .workaround: ["alternativní řešení"], .description: ["popis"], .error: ["chyb"],
    ],
    "ru": [
      .code: ["код"], .status: ["состояни", "статус"], .event: ["событи"], .message: ["сообщени"], .cause: ["причин"],
      .resolution: ["решени", "устранени"], .workaround: ["обходн"], .description: ["описани"], .error: ["ошибк"],
    ],
  ]

  /// What a header names: its role and the word that says so, or `nil` when it names none.
  static func role(of header: String, locale: String) -> (role: Role, word: String)? {
    let text = header.lowercased()
    let language = locale.split(separator: "-").first.map { $0.lowercased() } ?? ""
    let vocabularies = [words["en"], language == "en" ? nil : words[language]].compactMap { $0 }
    for role in Role.allCases {
      for vocabulary in vocabularies {
        if let word = vocabulary[role]?.first(where: { text.contains($0) }) { return (role, word) }
      }
    }
    return nil
  }
}
