import DocBuild
import DocModel
import DocParser
import DocTestSupport
import Foundation
import Testing

@Suite("site.page-name-too-long")
struct SitePageNameTooLongTests {
  /// A page named with 254 bytes (`.md` included) needs a 256-byte `.html` name, which no file system takes:
  /// the whole build failed writing it, with "File name too long". The page is now found (the whole file),
  /// in the site's locales alike once; a 253-byte name, whose site file has 255 bytes, is fine. An error:
  /// the site would otherwise link to a page it lacks.
  @Test func aPageWhoseSiteFileNameIsTooLongIsFoundAndNothingIsWritten() throws {
    let long = String(repeating: "a", count: 251) + ".md"
    let fits = String(repeating: "b", count: 250) + ".md"
    let docs = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1", "App", "D", "R"]]),
      "en-US/" + long: "# Long\n\nText.\n",
      "en-US/" + fits: "# Fits\n\nText.\n",
    ])
    let out = try DocSetFixture([:])
    let site = out.root.appendingPathComponent("site").path
    let findings = ReportedDiagnostics()
    let pipeline = BuildPipeline(.init(docsDirectory: docs.root.path, outputPaths: ["html": site], usesCache: false))
    #expect(throws: BuildFailure.self) { try pipeline.run(observer: findings) }
    let found = findings.diagnostics.filter { $0.rule == SitePageNameTooLong.id }
    #expect(found.map(\.file) == [docs.root.path + "/en-US/" + long])
    #expect(found.map(\.line) == [0], "the whole file")
    #expect(
      found.map(\.message) == [
        "the site file 'en-US/\(String(repeating: "a", count: 251)).html' of this page would have a name of 256 "
          + "bytes, more than the 255 a file name may have; shorten the page's name"
      ])
    #expect(!FileManager.default.fileExists(atPath: site), "nothing written")
    #expect((try? FileManager.default.contentsOfDirectory(atPath: out.root.path)) ?? [] == [])
  }
}
