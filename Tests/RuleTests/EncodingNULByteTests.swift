import DocParser
import DocTestSupport
import Testing

@Suite("encoding.nul-byte")
struct EncodingNULByteTests {
  /// Found at the first NUL byte of a file; escapes and the `&#0;` entity written as text are no NUL bytes.
  @Test func theFirstNULByteIsFoundOncePerFile() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # A1️⃣\u{0}B

      Another \u{0} byte.

      """,
      "ja-JP/guide.md": """
      ---
      title: ガイド
      description: Written escapes are no NUL bytes.
      ms.date: 01/15/2024
      ---
      # ガイド

      `\\0`, \\0 and &#0;

      """,
    ])
    let findings = try docs.findings(of: EncodingNULByte.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: EncodingNULByte.self)
    #expect(messages == ["NUL byte replaced with U+FFFD"])
  }
}
