import DocBuild
import DocParser
import DocTestSupport
import Foundation
import Testing

/// The files code snippets name: a missing one is `link.missing-file` and one leading outside the docs
/// folder `source.outside-docs`, at the snippet, the same in `validate` as in `build`; neither shows.
@Suite("Code snippet files")
struct DocFXCodeSourceTests {
  static let frontMatter = "---\ntitle: Guide\ndescription: A guide.\nms.date: 01/15/2024\n---\n# Guide\n\n"

  @Test func missingAndOutsideFilesAreFoundAtTheSnippet() throws {
    let elsewhere = try DocSetFixture(["secret.txt": "SECRET\n"])
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        1️⃣:::code language="bash" source="scripts/gone.sh":::

        2️⃣[!code-bash[](../../../../../../../../etc/hostname)]

        3️⃣:::code source="secret.txt":::

        4️⃣[!code-text[](scripts)]

        :::code language="bash" source="scripts/run.sh":::

        """,
      "en-US/scripts/run.sh": "echo ok\n",
    ])
    #expect(symlink(elsewhere.root.path + "/secret.txt", docs.root.path + "/en-US/secret.txt") == 0)
    #expect(try docs.findings(of: LinkMissingFile.self) == docs.places("1️⃣", "4️⃣"))
    #expect(try docs.findings(of: SourceOutsideDocs.self) == docs.places("2️⃣", "3️⃣"))

    let out = try DocSetFixture([:])
    let site = out.root.appendingPathComponent("site").path
    let reported = ReportedDiagnostics()
    _ = try? BuildPipeline(.init(docsDirectory: docs.root.path, outputPaths: ["html": site], usesCache: false))
      .run(observer: reported)
    let built = reported.diagnostics.filter { $0.rule == LinkMissingFile.id || $0.rule == SourceOutsideDocs.id }
    let validated = try docs.findings().filter { $0.rule == LinkMissingFile.id || $0.rule == SourceOutsideDocs.id }
    #expect(built.map(\.formatted).sorted() == validated.map(\.formatted).sorted())
    #expect(!built.isEmpty)
  }
}
