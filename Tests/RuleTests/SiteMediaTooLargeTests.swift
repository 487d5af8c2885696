import DocModel
import DocParser
import DocTestSupport
import Foundation
import Testing

@testable import DocBuild

@Suite("site.media-too-large")
struct SiteMediaTooLargeTests {
  /// Past the bound, the first file that does not fit and every file after it (in path order) are left out
  /// of the site, reported once at that file; those before it are published.
  @Test func filesPastTheBoundAreLeftOutAndReportedOnce() throws {
    let docs = try DocSetFixture(["en-US/a.png": "12345", "en-US/b.png": "67890", "en-US/c.png": "x"])
    let media = SiteMedia(root: docs.root.path, reserved: [], maximumTotalBytes: 7)
    let parsed = MarkdownParser().parse("![a](a.png) ![b](b.png) ![c](c.png)\n", path: "en-US/page.md")
    let page = PassPage(
      index: 0, locale: "en-US", localPath: "page.md", path: "en-US/page.md",
      displayPath: docs.root.path + "/en-US/page.md", parsed: parsed)
    media.add(
      FileReferences.of(parsed.document), pageAt: page.index, pagePath: page.path, displayPath: page.displayPath,
      siteFiles: ["en-US/page.html"])
    var written: [String: String] = [:]
    let findings = media.publish(staging: nil) { written[$0] = String(decoding: $1, as: UTF8.self) }
    #expect(written == ["en-US/a.png": "12345"])
    #expect(findings.map(\.rule) == [SiteMediaTooLarge.id])
    #expect(findings.map(\.file) == [docs.root.path + "/en-US/b.png"])
    #expect(
      findings.map(\.message) == [
        "the files the pages name pass 7 bytes in all: 'en-US/b.png' and the files after it are left out of the site"
      ])
  }
}
