import DocTestSupport
import DocValidation
import Foundation
import Testing

@Suite("link.missing-page")
struct LinkMissingPageTests {
  /// Found at the link's destination (inside `<…>` too); pages, files on disk, external pages, URLs,
  /// absolute paths and files that are not Markdown are not.
  @Test func aRelativeLinkToNoPageIsFoundAtItsDestination() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": DocSetFixture.configuration + "\nexternalPages: [outside.md]\n",
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      See [nowhere](1️⃣nowhere.md), [spaced](<2️⃣no where.md>) and [other](other.md).

      Not pages: [snippet](includes/snippet.md), [outside](outside.md), [site](https://example.com/a.md),
      [root](/a.md), [text](notes.txt).

      """,
      "en-US/other.md": "# Other\n",
      "en-US/includes/snippet.md": "A snippet.\n",
    ])
    let findings = try docs.findings(of: LinkMissingPage.self)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    let messages = try docs.messages(of: LinkMissingPage.self)
    #expect(messages.first == "linked page 'nowhere.md' does not exist")
  }

  /// The links of an included file are checked once, from the file's own folder, as DocFX resolves them:
  /// found at the destination in the included file; its `#fragment`-only links are the including page's.
  @Test func aLinkInAnIncludedFileIsFoundInThatFile() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      [!INCLUDE [note](includes/note.md)]

      """,
      "en-US/other.md": """
      ---
      title: Other
      description: Another page.
      ms.date: 01/15/2024
      ---
      # Other

      [!INCLUDE [note](includes/note.md)]

      """,
      "en-US/includes/note.md": """
      See [the guide](../guide.md), [gone](1️⃣../gone.md), [a section](#usage) and [other](../other.md#other).

      """,
    ])
    #expect(try docs.findings(of: LinkMissingPage.self) == docs.places("1️⃣"))
    #expect(try docs.findings(of: LinkMissingAnchor.self).isEmpty)
  }

  /// `..` goes up a folder, as Learn resolves it: the page it reaches is checked, its anchors too. A link
  /// that climbs above the docs names no page of theirs, whether or not a file is there: findings never tell
  /// what exists outside the docs.
  @Test func parentStepsAreResolvedAndNeverLeaveTheDocs() throws {
    let docs = try MarkedDocs([
      "en-US/guide/setup.md": """
      ---
      title: Setup
      description: Setup.
      ms.date: 01/15/2024
      ---
      # Setup

      See [errors](../errors.md#known), [gone](1️⃣../errors.md#gone), [outside](2️⃣../../../outside.md) and
      [missing](3️⃣../../../missing.md).

      """,
      "en-US/errors.md": "# Errors\n\n## Known\n",
    ])
    // A file beside the docs folder, which the link to it must not reveal.
    let outside = docs.root.deletingLastPathComponent().appendingPathComponent("outside.md")
    try Data("# Outside\n".utf8).write(to: outside)
    defer { try? FileManager.default.removeItem(at: outside) }
    #expect(try docs.findings(of: LinkMissingPage.self) == docs.places("2️⃣", "3️⃣"))
    #expect(try docs.findings(of: LinkMissingAnchor.self) == docs.places("1️⃣"))
  }
}
