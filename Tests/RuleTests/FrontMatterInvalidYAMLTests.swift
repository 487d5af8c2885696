import DocParser
import DocTestSupport
import Testing

@Suite("front-matter.invalid-yaml")
struct FrontMatterInvalidYAMLTests {
  /// Found where Yams stops: the end of an unclosed quote at the closing line; duplicate keys at the mapping
  /// that holds them. Colons in quoted or folded values are fine.
  @Test func invalidYAMLIsFoundWhereTheParserStops() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: "A guide
      ms.date: 01/15/2024
      1️⃣---
      # Guide

      """,
      "en-US/other.md": """
      ---
      2️⃣title: Other
      title: Again
      ---
      # Other

      """,
      "ja-JP/guide.md": """
      ---
      title: 'ガイド: はじめに'
      description: >
        Colons: quoted or folded, are fine.
      ms.date: 01/15/2024
      ---
      # ガイド

      """,
    ])
    let findings = try docs.findings(of: FrontMatterInvalidYAML.self)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    let messages = try docs.messages(of: FrontMatterInvalidYAML.self)
    #expect(
      messages == [
        "front matter is not valid YAML: found unexpected end of stream",
        "front matter is not valid YAML: duplicate keys 'title'",
      ])
  }
}
