import DocBuild
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

  /// When no configured locale has a folder of its own, each page's locale is the one its path names (a
  /// locale folder further down, or a name that starts with one), as `init` read them; a locale no page has
  /// is still reported.
  @Test func withoutAnyLocaleFolderPagesAreFoundByTheLocaleTheirPathNames() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US, ja-JP, fr-FR]\n",
      "pages/en-US/guide.md": "# Guide\n",
      "versions/ja-JP-guide.md": "# ガイド\n",
      "pages/de-DE/guide.md": "# Anleitung\n",
      "notes.md": "# Notes\n",
    ])
    let root = fixture.root.path
    let (configuration, _) = try DocSetReader().configuration(
      root: root, configPath: nil, vocabulary: DocsFolder.vocabulary)
    let (files, diagnostics) = try DocSetReader().pageFiles(root: root, configuration: try #require(configuration))
    let found = files.map { "\($0.locale ?? "und") \($0.localPath) \($0.path)" }.sorted()
    #expect(found == ["en-US guide.md pages/en-US/guide.md", "ja-JP versions/ja-JP-guide.md versions/ja-JP-guide.md"])
    #expect(diagnostics.map(\.message) == ["locale folder 'fr-FR' does not exist"])
  }
}
