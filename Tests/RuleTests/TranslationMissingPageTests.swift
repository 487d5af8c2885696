import DocTestSupport
import DocValidation
import Testing

@Suite("translation.missing-page")
struct TranslationMissingPageTests {
  /// Found at the first line of the source page, once for each locale that lacks it; a page only a
  /// translation has is not.
  @Test func aSourcePageWithoutATranslationIsFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": "# Guide\n",
      "en-US/other.md": "1️⃣# Other\n",
      "ja-JP/guide.md": "# ガイド\n",
      "ja-JP/extra.md": "# 追加\n",
    ])
    let findings = try docs.findings(of: TranslationMissingPage.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: TranslationMissingPage.self)
    #expect(messages == ["page has no 'ja-JP' translation"])
  }
}
