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
}
