import DocParser
import DocTestSupport
import Testing

@Suite("front-matter.unterminated")
struct FrontMatterUnterminatedTests {
  /// Found at the opening `---`; a front matter closed by `...` is closed.
  @Test func anOpeningWithoutAClosingLineIsFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      1️⃣---
      title: Never closed

      # Guide

      """,
      "en-US/other.md": """
      ---
      title: Closed by dots
      ...
      # Other

      """,
      "ja-JP/guide.md": """
      # ガイド

      ---

      A thematic break, not front matter.

      """,
    ])
    let findings = try docs.findings(of: FrontMatterUnterminated.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: FrontMatterUnterminated.self)
    #expect(messages == ["front matter opened with '---' is never closed; the page is read as Markdown"])
  }
}
