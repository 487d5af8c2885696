import DocParser
import DocTestSupport
import Testing

@Suite("docset.missing-locale")
struct DocSetMissingLocaleTests {
  /// The finding has no line: it names the configuration.
  @Test func aConfiguredLocaleWithoutAFolderIsFoundButAFolderWithoutPagesIsNot() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": """
      sourceLocale: en-US
      locales: [en-US, ja-JP, fr-FR]

      """,
      "en-US/guide.md": "# Guide\n",
      "ja-JP/notes.txt": "No pages yet.\n",
    ])
    let findings = try docs.findings(of: DocSetMissingLocale.self)
    #expect(findings == ["doccatalog.yml"])
    let messages = try docs.messages(of: DocSetMissingLocale.self)
    #expect(messages == ["locale folder 'fr-FR' does not exist"])
  }
}
