import DocBuild
import DocModel
import DocParser
import DocTestSupport
import Foundation
import Testing

@Suite("link.file-case-mismatch")
struct LinkFileCaseMismatchTests {
  static let errors = DocSetFixture.page(locale: "en-US", rows: [["E1", "App", "D", "R"]])

  /// The site built from the docs (in `out`) and where the build's findings of `rule` point.
  static func build(_ docs: MarkedDocs, into out: DocSetFixture, rule: any DiagnosticRule.Type) throws -> (
    site: String, findings: [String], messages: [String]
  ) {
    let site = out.root.appendingPathComponent("site").path
    let reported = ReportedDiagnostics()
    _ = try BuildPipeline(.init(docsDirectory: docs.root.path, outputPaths: ["html": site], usesCache: false))
      .run(observer: reported)
    let found = reported.diagnostics.filter { $0.rule == rule.id }
    return (
      site, found.map { "\($0.file.dropFirst(docs.root.path.count + 1)):\($0.line):\($0.column)" },
      found.map(\.message)
    )
  }

  /// A page naming `../media/Shot.png` when the file is `media/shot.PNG` (a real Exchange Online page does):
  /// before, `link.missing-file` and a broken image. Now the build publishes the file under the page's
  /// spelling, where the page's image finds it, and both commands warn, naming the file's spelling; a
  /// folder in another case is found too.
  @Test func filesInAnotherCaseArePublishedAsThePageSpellsThem() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": Self.errors,
      "en-US/guide/setup.md": """
      # Setup

      1. 1️⃣Click ![Add](../media/Shot.png).

      2️⃣[Log](../Files/LOG.txt) and ![Exact](../media/exact.png)

      """,
      "en-US/media/shot.PNG": "PNG",
      "en-US/media/exact.png": "EXACT",
      "en-US/files/log.txt": "LOG",
    ])
    let out = try DocSetFixture([:])
    let (site, built, messages) = try Self.build(docs, into: out, rule: LinkFileCaseMismatch.self)
    #expect(built == docs.places("1️⃣", "2️⃣"))
    #expect(
      messages.first
        == "file '../media/Shot.png' matches 'en-US/media/shot.PNG' only when letter case is ignored; a "
        + "case-sensitive server does not find it: spell the address as the file is named")
    #expect(try docs.findings(of: LinkFileCaseMismatch.self) == built)
    #expect(try docs.findings(of: LinkMissingFile.self) == [])
    #expect(try Self.build(docs, into: DocSetFixture([:]), rule: LinkMissingFile.self).findings == [])
    #expect(try String(contentsOfFile: site + "/en-US/media/Shot.png", encoding: .utf8) == "PNG")
    #expect(try String(contentsOfFile: site + "/en-US/Files/LOG.txt", encoding: .utf8) == "LOG")
    #expect(try String(contentsOfFile: site + "/en-US/media/exact.png", encoding: .utf8) == "EXACT")
    let page = try String(contentsOfFile: site + "/en-US/guide/setup.html", encoding: .utf8)
    #expect(page.contains("src=\"../media/Shot.png\""))
  }

  /// Near misses, still missing files: two files that match when case is ignored (which is meant is
  /// unknown), a name that differs by more than case, a folder where a file is meant.
  @Test func ambiguousAndOtherNamesAreMissing() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": Self.errors,
      "en-US/guide.md": "# Guide\n\n1️⃣![Two](media/Two.png)\n\n2️⃣![Other](media/other.jpg)\n\n3️⃣![Folder](MEDIA)\n",
      "en-US/media/two.png": "A",
      "en-US/media/TWO.png": "B",
      "en-US/media/other.png": "C",
    ])
    #expect(try docs.findings(of: LinkFileCaseMismatch.self) == [])
    #expect(try docs.findings(of: LinkMissingFile.self) == docs.places("1️⃣", "2️⃣", "3️⃣"))
    #expect(
      try Self.build(docs, into: DocSetFixture([:]), rule: LinkMissingFile.self).findings == docs.places("1️⃣", "2️⃣", "3️⃣"))
  }

  /// A name that matches in another case only through a link leading out of the docs folder (to a file or
  /// a folder) is never read: still missing, and nothing of it published.
  @Test func matchesLeadingOutOfTheDocsAreNotFollowed() throws {
    let secret = try DocSetFixture(["secret.png": "SECRET", "folder/inner.png": "INNER"])
    let docs = try MarkedDocs([
      "en-US/errors.md": Self.errors,
      "en-US/guide.md": "# Guide\n\n1️⃣![Secret](media/SECRET.png)\n\n2️⃣![Inner](Outside/inner.png)\n",
    ])
    let media = docs.root.appendingPathComponent("en-US/media")
    try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: media.appendingPathComponent("secret.png").path,
      withDestinationPath: secret.root.appendingPathComponent("secret.png").path)
    let out = try DocSetFixture([:])
    let (site, built, _) = try Self.build(docs, into: out, rule: LinkMissingFile.self)
    #expect(built == docs.places("1️⃣", "2️⃣"))
    #expect(!FileManager.default.fileExists(atPath: site + "/en-US/media/SECRET.png"))
    // A folder linked from outside is an error of its own (the build stops); `validate` still finds no match.
    try FileManager.default.createSymbolicLink(
      atPath: docs.root.appendingPathComponent("en-US/outside").path,
      withDestinationPath: secret.root.appendingPathComponent("folder").path)
    #expect(try docs.findings(of: LinkFileCaseMismatch.self) == [])
    #expect(try docs.findings(of: LinkMissingFile.self) == docs.places("1️⃣", "2️⃣"))
  }
}
