import DocParser
import DocTestSupport
import Testing

@Suite("include.missing-file")
struct IncludeMissingFileTests {
  /// Found at the `[!INCLUDE]`; a file beside the page, or shared at the docs folder's root, is found.
  @Test func anIncludeNamingNoFileIsFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      1️⃣[!INCLUDE [missing](includes/missing.md)]

      [!INCLUDE [beside](includes/beside.md)]

      [!INCLUDE [shared](includes/shared.md)]

      """,
      "en-US/includes/beside.md": "Beside the page.\n",
      "includes/shared.md": "Shared by every locale.\n",
    ])
    let findings = try docs.findings(of: IncludeMissingFile.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: IncludeMissingFile.self)
    #expect(messages == ["included file 'includes/missing.md' does not exist"])
  }
}
