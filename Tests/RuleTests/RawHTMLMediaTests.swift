import DocBuild
import DocParser
import DocTestSupport
import Foundation
import Testing

/// Raw HTML names files as Markdown does: `<img src>` and `<a href>` to a file that is not a page, in HTML
/// blocks and inline, are published beside the page like Markdown images, and a missing one is
/// `link.missing-file` at its block.
@Suite("link.missing-file in raw HTML")
struct RawHTMLMediaTests {
  @Test func rawImagesAndFileLinksArePublishedAndMissingOnesFound() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": LinkMissingFileTests.errors,
      "en-US/guide.md": """
      # Guide

      <table><tr><td><img src="media/shown.png" alt="Shown"></td></tr></table>

      1️⃣<div><img src="media/gone.png" alt="Gone"></div>

      2️⃣Inline <img src="media/inline.png" alt="I"> and <a href="files/missing.zip">a file</a>.

      <p><img src="https://example.com/web.png" alt="web"> <a href="errors.md">page</a></p>

      """,
      "en-US/media/shown.png": "SHOWN",
      "en-US/media/inline.png": "INLINE",
    ])
    let out = try DocSetFixture([:])
    let (site, findings, messages) = try LinkMissingFileTests.build(docs, into: out)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    #expect(
      messages == [
        "file 'media/gone.png' does not exist in the docs folder",
        "file 'files/missing.zip' does not exist in the docs folder",
      ])
    #expect(try String(contentsOfFile: site + "/en-US/media/shown.png", encoding: .utf8) == "SHOWN")
    #expect(try String(contentsOfFile: site + "/en-US/media/inline.png", encoding: .utf8) == "INLINE")
    let page = try String(contentsOfFile: site + "/en-US/guide.html", encoding: .utf8)
    #expect(page.contains("<td><img src=\"media/shown.png\" alt=\"Shown\"></td>"))
  }
}
