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

  /// An alias is refused where it is written, before Yams expands it: an alias bomb takes no time. An `*`
  /// inside a value, quoted, or in a block scalar is no alias.
  @Test func aliasesAreRefusedAtTheAlias() throws {
    var bomb =
      "---\ntitle: Bomb\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
    var previous = "a"
    for level in 1...20 {
      let marker = level == 1 ? "1️⃣" : ""
      bomb +=
        "b\(level): &b\(level) [\(marker)" + Array(repeating: "*" + previous, count: 9).joined(separator: ",") + "]\n"
      previous = "b\(level)"
    }
    let docs = try MarkedDocs([
      "en-US/bomb.md": bomb + "---\n# Bomb\n",
      "en-US/stars.md": "---\ntitle: Use *.md files\ndescription: \"*quoted\"\nnotes: |\n  * a list\n---\n# Stars\n",
    ])
    #expect(try docs.findings(of: FrontMatterInvalidYAML.self) == docs.places("1️⃣"))
    #expect(
      try docs.messages(of: FrontMatterInvalidYAML.self)
        == ["front matter uses the YAML alias '*a'; aliases are not allowed in front matter (write the value out)"])
  }
}
