import DocBuild
import DocTestSupport
import Foundation
import Testing

/// A long-running validation (``IncrementalValidation``) parses only the pages whose bytes or includes
/// changed, and still finds what a full `validate` finds: the checks across pages run on every page's
/// kept facts.
@Suite("Incremental validation")
struct IncrementalValidationTests {
  func docs() throws -> DocSetFixture {
    try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
      "en-US/guide.md": "# Guide\n\nSee [setup](setup.md#install).\n\n[!INCLUDE [note](../includes/note.md)]\n",
      "en-US/setup.md": "# Setup\n\n## Install\n\nRun it.\n",
      "ja-JP/guide.md": "# ガイド\n\nSee [setup](setup.md#install).\n",
      "includes/note.md": "A note.\n",
    ])
  }

  func findings(_ result: ValidationPipeline.Result) -> [String] {
    result.diagnostics.map(\.formatted)
  }

  func full(_ docs: URL) throws -> [String] {
    findings(try ValidationPipeline(docsDirectory: docs.path).run(observer: NoFindings()))
  }

  final class NoFindings: BuildObserver {
    func observe(_ event: BuildEvent) {}
  }

  func write(_ text: String, _ path: String, in docs: URL) throws {
    try Data(text.utf8).write(to: docs.appendingPathComponent(path))
  }

  @Test func anEditedPageIsTheOnlyOneParsedAndLinksToItAreCheckedAgain() throws {
    let fixture = try docs()
    let engine = IncrementalValidation(ValidationPipeline(docsDirectory: fixture.root.path))
    let first = try engine.run(observer: NoFindings())
    #expect(first.reusedPages == 0)
    #expect(findings(first) == (try full(fixture.root)))
    #expect(!findings(first).contains { $0.contains("[link.missing-anchor]") })

    // The heading both guides link to is gone: the guides are not parsed again, yet their links fail.
    try write("# Setup\n\nRun it.\n", "en-US/setup.md", in: fixture.root)
    let second = try engine.run(observer: NoFindings())
    #expect(second.reusedPages == 4, "all but the edited page")
    #expect(findings(second) == (try full(fixture.root)))
    #expect(findings(second).filter { $0.contains("[link.missing-anchor]") }.count == 2, "\(findings(second))")

    let third = try engine.run(observer: NoFindings())
    #expect(third.reusedPages == 5)
    #expect(findings(third) == findings(second))
  }

  /// A page taken from the last run keeps its findings that are its own alone: a video from a host the
  /// site does not embed from is still reported.
  @Test func aReusedPageKeepsItsVideoFindings() throws {
    let fixture = try docs()
    try write("# Video\n\n> [!VIDEO https://videos.example/embed/1]\n", "en-US/video.md", in: fixture.root)
    let engine = IncrementalValidation(ValidationPipeline(docsDirectory: fixture.root.path))
    let first = try engine.run(observer: NoFindings())
    #expect(findings(first).filter { $0.contains("[docfx.video-host]") }.count == 1, "\(findings(first))")
    try write("# Setup\n\n## Install\n\nRun it now.\n", "en-US/setup.md", in: fixture.root)
    let second = try engine.run(observer: NoFindings())
    #expect(second.reusedPages > 0)
    #expect(findings(second) == (try full(fixture.root)))
    #expect(findings(second).filter { $0.contains("[docfx.video-host]") }.count == 1)
  }

  @Test func anEditedIncludeHasThePagesIncludingItParsedAgain() throws {
    let fixture = try docs()
    let engine = IncrementalValidation(ValidationPipeline(docsDirectory: fixture.root.path))
    _ = try engine.run(observer: NoFindings())
    try write("A note.\n\n|a|b|\n|-|-|\n|1|2|3|\n", "includes/note.md", in: fixture.root)
    let second = try engine.run(observer: NoFindings())
    #expect(second.reusedPages == 4, "all but the guide that includes the note")
    #expect(findings(second) == (try full(fixture.root)))
  }

  @Test func anEditedConfigurationHasEveryPageParsedAgain() throws {
    let fixture = try docs()
    let engine = IncrementalValidation(ValidationPipeline(docsDirectory: fixture.root.path))
    _ = try engine.run(observer: NoFindings())
    try write(
      DocSetFixture.configuration + "\nrules:\n  link.missing-anchor: off\n", "doccatalog.yml", in: fixture.root)
    let second = try engine.run(observer: NoFindings())
    #expect(second.reusedPages == 0)
    #expect(findings(second) == (try full(fixture.root)))
  }

  @Test func aDeletedPageIsForgottenAndLinksToItFail() throws {
    let fixture = try docs()
    let engine = IncrementalValidation(ValidationPipeline(docsDirectory: fixture.root.path))
    _ = try engine.run(observer: NoFindings())
    try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("en-US/setup.md"))
    let second = try engine.run(observer: NoFindings())
    #expect(second.reusedPages == 4)
    #expect(findings(second) == (try full(fixture.root)))
    #expect(findings(second).contains { $0.contains("[link.missing-page]") }, "\(findings(second))")
  }
}
