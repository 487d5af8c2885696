import DocParser
import DocTestSupport
import Testing

@Suite("toc.invalid")
struct TOCInvalidTests {
  static let page = "---\ntitle: A\ndescription: A page.\nms.date: 01/15/2024\n---\n# A\n"

  /// Each malformed entry is found where it is written: an entry that is not a mapping, one with neither
  /// name nor address, a name that is not text, `items` that are not a list.
  @Test func malformedEntriesAreFoundWhereTheyAreWritten() throws {
    let docs = try MarkedDocs([
      "en-US/a.md": Self.page,
      "en-US/toc.yml": """
      - name: A
        href: a.md
      - 1️⃣just text
      - 2️⃣expanded: true
      - name: 3️⃣[not, text]
        href: a.md
      - name: Group
        items: 4️⃣nothing

      """,
    ])
    #expect(try docs.findings(of: TOCInvalid.self) == docs.places("1️⃣", "2️⃣", "3️⃣", "4️⃣"))
    #expect(
      try docs.messages(of: TOCInvalid.self) == [
        "an entry must be a mapping such as '{name: Overview, href: overview.md}'",
        "an entry needs a 'name' (text)",
        "'name' must be text",
        "'items' must be a list of entries",
      ])
  }

  /// A key written twice in one entry is found at the entry.
  @Test func duplicateKeysAreFoundAtTheirEntry() throws {
    let docs = try MarkedDocs([
      "en-US/a.md": Self.page,
      "en-US/toc.yml": "- name: A\n  href: a.md\n- 1️⃣name: B\n  name: C\n  href: a.md\n",
    ])
    #expect(try docs.findings(of: TOCInvalid.self) == docs.places("1️⃣"))
    #expect(try docs.messages(of: TOCInvalid.self) == ["the table of contents is not valid YAML: duplicate keys 'name'"])
  }

  /// A file that is no YAML, uses an alias, or is not a list of entries is found once, and not read.
  @Test func unreadableFilesAreFoundOnce() throws {
    for (toc, message) in [
      ("- name: A\n  href: [a.md\n1️⃣", "the table of contents is not valid YAML"),
      ("- &e {name: A, href: a.md}\n- 1️⃣*e\n", "the table of contents uses the YAML alias '*e'"),
      ("1️⃣name: A\nhref: a.md\n", "a table of contents must be a list of entries"),
    ] {
      let docs = try MarkedDocs(["en-US/a.md": Self.page, "en-US/toc.yml": toc])
      #expect(try docs.findings(of: TOCInvalid.self).count == 1, "\(toc)")
      #expect(try docs.messages(of: TOCInvalid.self).first?.hasPrefix(message) == true, "\(toc)")
      if toc.hasPrefix("- &") || toc.hasPrefix("1️⃣") {
        #expect(try docs.findings(of: TOCInvalid.self) == docs.places("1️⃣"), "\(toc)")
      }
    }
  }

  /// A table of contents named by an entry is followed inside the locale's folder only, once, and never
  /// into itself: one that leads out, names nothing, or includes the table that names it is found at the
  /// entry.
  @Test func namedTablesOfContentsThatCannotBeFollowedAreFound() throws {
    let docs = try MarkedDocs([
      "en-US/a.md": Self.page,
      "en-US/toc.yml": """
      - name: A
        href: a.md
      - 1️⃣name: Out
        href: ../ja-JP/toc.yml
      - 2️⃣name: Missing
        href: gone/
      - name: Sub
        href: sub/toc.yml

      """,
      "en-US/sub/toc.yml": """
      - 3️⃣name: Back
        href: ../toc.yml

      """,
      "ja-JP/toc.yml": "- name: A\n  href: a.md\n",
      "ja-JP/a.md": Self.page,
    ])
    // In the order of the files' paths: `en-US/sub/toc.yml` first.
    #expect(try docs.findings(of: TOCInvalid.self) == docs.places("3️⃣", "1️⃣", "2️⃣"))
    #expect(
      try docs.messages(of: TOCInvalid.self) == [
        "'../toc.yml' includes a table of contents that includes it; it is not followed again",
        "'../ja-JP/toc.yml' leads outside the locale's folder; its entries are left out",
        "'gone/' names no table of contents of the docs",
      ])
  }

  /// Near misses: DocFX's forms as real doc sets write them (a mapping with `items:`, `topicHref`, a folder
  /// named by its `/`, entries with only an address, external links, unknown keys), and a `TOC.md`.
  @Test func wellFormedTablesOfContentsAreNotFound() throws {
    let docs = try MarkedDocs([
      "en-US/a.md": Self.page,
      "en-US/sub/b.md": Self.page,
      "en-US/toc.yml": """
      items:
      - name: A
        href: a.md
        displayName: first
        expanded: true
      - name: Sub
        href: sub/
        topicHref: sub/b.md
      - href: a.md
      - name: Elsewhere
        href: https://learn.microsoft.com/

      """,
      "en-US/sub/toc.yml": "- name: B\n  href: b.md\n",
      "ja-JP/TOC.md": "# [A](a.md)\n## [B](sub/b.md)\n# Group\n- [A](a.md)\n  - [B](sub/b.md)\n",
      "ja-JP/a.md": Self.page,
      "ja-JP/sub/b.md": Self.page,
    ])
    #expect(try docs.findings(of: TOCInvalid.self) == [])
  }
}
