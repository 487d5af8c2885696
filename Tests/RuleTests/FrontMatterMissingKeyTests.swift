import DocTestSupport
import DocValidation
import Testing

@Suite("front-matter.missing-key")
struct FrontMatterMissingKeyTests {
  /// An empty key is found on its line, a missing one on the closing line, a page without front matter on
  /// its first line; front matter that could not be read is reported by its own rule only.
  @Test func requiredKeysAreFoundWhereTheyAreMissing() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": DocSetFixture.configuration + "\nrequiredFrontMatter: [title, description]\n",
      "en-US/empty.md": """
      ---
      title: Empty
      1️⃣description:
      ---
      # Empty

      """,
      "en-US/missing.md": """
      ---
      title: Missing
      2️⃣---
      # Missing

      """,
      "en-US/none.md": """
      3️⃣# No front matter

      """,
      "en-US/complete.md": """
      ---
      title: Complete
      description: Every required key.
      ---
      # Complete

      """,
      "en-US/unterminated.md": """
      ---
      title: Never closed

      """,
    ])
    let findings = try docs.findings(of: FrontMatterMissingKey.self)
    #expect(findings == docs.places("1️⃣", "2️⃣", "3️⃣"))
    let messages = try docs.messages(of: FrontMatterMissingKey.self)
    #expect(
      messages == [
        "front matter 'description' is empty",
        "front matter has no 'description'",
        "page has no front matter; required keys: 'title', 'description'",
      ])
  }
}
