import DocBuild
import DocParser
import DocTestSupport
import Testing

@Suite("front-matter.invalid-locale")
struct FrontMatterInvalidLocaleTests {
  /// Without a configuration, a page whose path names no locale takes its `ms.contentlocale`: one that is no
  /// language tag is found at its line, and the page goes under `und`, not under a folder the value names.
  @Test func aContentLocaleThatIsNoTagIsFoundAndNotUsed() throws {
    let docs = try MarkedDocs(
      [
        "x/escape.md": "---\ntitle: Escape\n1️⃣ms.contentlocale: ../../escaped\n---\n# Escape\n",
        "x/german.md": "---\ntitle: German\nms.contentlocale: de-DE\n---\n# German\n",
      ], configured: false)
    #expect(try docs.findings(of: FrontMatterInvalidLocale.self) == docs.places("1️⃣"))
    #expect(
      try docs.messages(of: FrontMatterInvalidLocale.self) == [
        "ms.contentlocale '../../escaped' is not a BCP 47 language tag such as 'en-US'; the page is placed under 'und'"
      ])
    let docSet = try DocSetReading.read(root: docs.root.path)
    #expect(docSet.pages.map { "\($0.locale) \($0.path)" } == ["und x/escape.md", "de-DE x/german.md"])
  }
}
