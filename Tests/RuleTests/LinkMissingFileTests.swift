import DocBuild
import DocParser
import DocTestSupport
import Foundation
import Testing

@Suite("link.missing-file")
struct LinkMissingFileTests {
  /// A site built from the docs (in `out`, removed with it), with the findings the build reported.
  static func build(_ docs: MarkedDocs, into out: DocSetFixture) throws -> (
    site: String, findings: [String], messages: [String]
  ) {
    let site = out.root.appendingPathComponent("site").path
    let reported = ReportedDiagnostics()
    _ = try BuildPipeline(.init(docsDirectory: docs.root.path, outputPaths: ["html": site], usesCache: false))
      .run(observer: reported)
    let prefix = docs.root.path + "/"
    let found = reported.diagnostics.filter { $0.rule == LinkMissingFile.id }
    return (
      site, found.map { "\($0.file.dropFirst(prefix.count)):\($0.line):\($0.column)" }, found.map(\.message)
    )
  }

  static let errors = DocSetFixture.page(locale: "en-US", rows: [["E1", "App", "D", "R"]])

  /// Images, links to files that are not pages and DocFX images that name no file are found at their
  /// block; those that exist are published at the same path beside the page, in each locale it is shown
  /// in, with the same bytes. Links to pages, to the web and to fragments are not files.
  @Test func missingFilesAreFoundAndPresentOnesPublished() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": Self.errors,
      // ja-JP has a page, so that it shows the guide it lacks (a locale without pages gets its index only).
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1", "App", "D", "R"]]),
      "en-US/guide.md": """
      # Guide

      ![Present](media/shot%201.png) [download](files/tool.zip?v=2#top)

      1️⃣![Gone](media/gone.png)

      - 2️⃣See [the log](logs/missing.txt).

      3️⃣:::image source="media/absent.png" alt-text="Absent":::

      :::image source="media/shot 1.png" alt-text="Again" lightbox="../shared/big.png":::

      [page](errors.md) [web](https://example.com/x.png) [here](#guide) [folder](sub/) [mail](mailto:a@b.c)

      """,
      "en-US/media/shot 1.png": "PNG1",
      "en-US/files/tool.zip": "ZIP",
      "shared/big.png": "BIG",
    ])
    let out = try DocSetFixture([:])
    let (site, findings, messages) = try Self.build(docs, into: out)
    #expect(findings == docs.places("1️⃣", "2️⃣", "3️⃣"))
    #expect(
      messages == [
        "file 'media/gone.png' does not exist in the docs folder",
        "file 'logs/missing.txt' does not exist in the docs folder",
        "file 'media/absent.png' does not exist in the docs folder",
      ])
    func published(_ path: String) -> String? {
      try? String(contentsOfFile: site + "/" + path, encoding: .utf8)
    }
    #expect(published("en-US/media/shot 1.png") == "PNG1")
    #expect(published("en-US/files/tool.zip") == "ZIP")
    #expect(published("shared/big.png") == "BIG")
    // ja-JP lacks the guide: its copy of the page shows the same files beside it.
    #expect(published("ja-JP/media/shot 1.png") == "PNG1")
    #expect(published("en-US/errors.md") == nil && published("en-US/guide.md") == nil)
  }

  /// A file that is a link leading outside the docs folder is never read: an error at the page, and
  /// nothing written. An address climbing above the docs folder names nothing the site could publish.
  @Test func filesOutsideTheDocsAreNeverPublished() throws {
    let secret = try DocSetFixture(["secret.txt": "SECRET"])
    let docs = try MarkedDocs([
      "en-US/errors.md": Self.errors,
      "en-US/guide.md": "# Guide\n\n1️⃣![Secret](media/secret.png)\n\n2️⃣![Up](../../../etc/passwd.png)\n",
    ])
    try FileManager.default.createDirectory(
      at: docs.root.appendingPathComponent("en-US/media"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: docs.root.appendingPathComponent("en-US/media/secret.png").path,
      withDestinationPath: secret.root.appendingPathComponent("secret.txt").path)
    let out = try DocSetFixture([:])
    let site = out.root.appendingPathComponent("site").path
    let reported = ReportedDiagnostics()
    #expect(throws: BuildFailure.self) {
      try BuildPipeline(.init(docsDirectory: docs.root.path, outputPaths: ["html": site], usesCache: false))
        .run(observer: reported)
    }
    let outside = reported.diagnostics.filter { $0.rule == SourceOutsideDocs.id }
    #expect(
      outside.map { "\($0.file.dropFirst(docs.root.path.count + 1)):\($0.line):\($0.column)" } == docs.places("1️⃣"))
    #expect(outside.map(\.message) == ["'media/secret.png' links outside the docs folder; not published"])
    let missing = reported.diagnostics.filter { $0.rule == LinkMissingFile.id }
    #expect(
      missing.map { "\($0.file.dropFirst(docs.root.path.count + 1)):\($0.line):\($0.column)" } == docs.places("2️⃣"))
    #expect(!FileManager.default.fileExists(atPath: site))
  }

  /// `validate` reports a missing image and a link to a missing file at their block, as `build` does; the
  /// file that exists and the link to a page are no finding.
  @Test func validateFindsMissingFiles() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": Self.errors,
      "en-US/guide.md": """
      # Guide

      ![Present](media/here.png)

      1️⃣![Gone](media/gone.png)

      | File |
      |------|
      | 2️⃣[log](../logs/missing.txt) |

      [page](errors.md) [up](../../outside.png)

      """,
      "en-US/media/here.png": "PNG",
    ])
    #expect(try docs.findings(of: LinkMissingFile.self) == docs.places("1️⃣", "2️⃣") + ["en-US/guide.md:11:1"])
  }

  /// On the same docs, `validate` and `build` find the same missing files, with the same messages, in pages
  /// of every locale (a translation's missing image, and one its untranslated guide shows).
  @Test func validateAndBuildAgree() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": Self.errors,
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1", "App", "D", "R"]])
        + "\n![画像](media/ない.png)\n",
      "en-US/guide.md": """
      # Guide

      ![Present](media/here.png) ![Gone](media/gone%20too.png) [zip](files/a.zip)

      :::image source="media/absent.png" alt-text="Absent":::

      ![Folder](media)

      """,
      "en-US/media/here.png": "PNG",
    ])
    let out = try DocSetFixture([:])
    let (_, built, builtMessages) = try Self.build(docs, into: out)
    let validated = try docs.findings().filter { $0.rule == LinkMissingFile.id }
    let prefix = docs.root.path + "/"
    #expect(built.count == 5)
    #expect(validated.map { "\($0.file.dropFirst(prefix.count)):\($0.line):\($0.column)" } == built)
    #expect(validated.map(\.message) == builtMessages)
  }

  /// A file named by a path that climbs above the page's site folder (locale folders deeper in the docs than
  /// in the site) cannot be published, but `build` still looks for it, as `validate` does.
  @Test func filesTheSiteCannotPublishAreStillLookedFor() throws {
    let docs = try MarkedDocs(
      [
        "pages/en-us/guide.md":
          "---\nms.contentlocale: en-us\n---\n# Guide\n\n![Here](../../media/here.png)\n\n1️⃣![None](../../media/none.png)\n",
        "media/here.png": "PNG",
      ], configured: false)
    let out = try DocSetFixture([:])
    let (_, built, _) = try Self.build(docs, into: out)
    #expect(built == docs.places("1️⃣"))
    #expect(try docs.findings(of: LinkMissingFile.self) == docs.places("1️⃣"))
  }
}
