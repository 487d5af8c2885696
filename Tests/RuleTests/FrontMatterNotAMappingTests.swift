import DocParser
import DocTestSupport
import Testing

@Suite("front-matter.not-a-mapping")
struct FrontMatterNotAMappingTests {
  /// Found at the front matter's first line; an empty front matter is no finding.
  @Test func aListOrAScalarIsFoundButAnEmptyFrontMatterIsNot() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      1️⃣- a list
      - not a mapping
      ---
      # Guide

      """,
      "en-US/other.md": """
      ---
      2️⃣just text
      ---
      # Other

      """,
      "ja-JP/guide.md": """
      ---
      ---
      # ガイド

      """,
    ])
    let findings = try docs.findings(of: FrontMatterNotAMapping.self)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    let messages = try docs.messages(of: FrontMatterNotAMapping.self)
    #expect(messages.first == "front matter must be a mapping of 'key: value' lines")
  }
}
