import DocParser
import DocTestSupport
import Testing

@Suite("markdown.nesting-too-deep")
struct MarkdownNestingTooDeepTests {
  /// Found once a page, at the first container past the hundredth; a hundred levels are read as they are.
  @Test func theFirstContainerPastTheDeepestLevelIsFoundOncePerPage() throws {
    let hundred = String(repeating: "> ", count: 100)
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      \(hundred)1️⃣> Too deep.

      \(hundred)> > Deeper still.

      """,
      "ja-JP/guide.md": """
      ---
      title: ガイド
      description: Just deep enough.
      ms.date: 01/15/2024
      ---
      # ガイド

      \(hundred)Deep enough.

      """,
    ])
    let findings = try docs.findings(of: MarkdownNestingTooDeep.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: MarkdownNestingTooDeep.self)
    #expect(messages == ["containers nested deeper than 100 levels are flattened"])
  }
}
