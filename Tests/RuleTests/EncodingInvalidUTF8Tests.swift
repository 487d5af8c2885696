import DocParser
import DocTestSupport
import Testing

@Suite("encoding.invalid-utf8")
struct EncodingInvalidUTF8Tests {
  /// Found at the first byte that is not UTF-8 (an `é` written in ISO 8859-1); `é` in UTF-8 is fine.
  @Test func theFirstByteThatIsNotUTF8IsFoundOncePerFile() throws {
    let docs = try MarkedDocs(
      [
        "en-US/guide.md": """
        ---
        title: Guide
        description: A guide.
        ms.date: 01/15/2024
        ---
        # Caf1️⃣é

        Another café.

        """,
        "ja-JP/guide.md": """
        ---
        title: ガイド
        description: Café, in UTF-8.
        ms.date: 01/15/2024
        ---
        # ガイド

        """,
      ], latin1: ["en-US/guide.md"])
    let findings = try docs.findings(of: EncodingInvalidUTF8.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: EncodingInvalidUTF8.self)
    #expect(messages == ["file is not valid UTF-8: byte 0xE9 cannot start or continue a character"])
  }
}
