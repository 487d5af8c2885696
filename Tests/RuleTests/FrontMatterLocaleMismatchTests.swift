import DocTestSupport
import DocValidation
import Testing

@Suite("front-matter.locale-mismatch")
struct FrontMatterLocaleMismatchTests {
  /// Found on the `ms.contentlocale` line; the case of a locale does not matter.
  @Test func aContentLocaleOtherThanTheFoldersIsFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      1️⃣ms.contentlocale: en-GB
      ---
      # Guide

      """,
      "ja-JP/guide.md": """
      ---
      title: ガイド
      ms.contentlocale: ja-jp
      ---
      # ガイド

      """,
    ])
    let findings = try docs.findings(of: FrontMatterLocaleMismatch.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: FrontMatterLocaleMismatch.self)
    #expect(messages == ["ms.contentlocale 'en-GB' differs from the page's locale folder 'en-US'"])
  }
}
