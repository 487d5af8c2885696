import DocTestSupport
import Foundation
import Testing

/// The `doccatalog` executable, run as users and CI run it.
@Suite("doccatalog build and parse")
struct BuildCommandTests {
  func run(_ arguments: [String], in folder: URL? = nil) throws -> CommandResult {
    try Command.run(Command.doccatalog, arguments, currentDirectory: folder)
  }

  func goodDocs() throws -> DocSetFixture {
    try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration + "\noutputs:\n  json: out/catalog.json\n",
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1", "App", "説明", "解決"]]),
    ])
  }

  @Test func buildWritesTheConfiguredOutput() throws {
    let docs = try goodDocs()
    let result = try run(["build", docs.root.path])
    #expect(result.status == 0, "\(result.standardError)")
    let output = docs.root.appendingPathComponent("out/catalog.json")
    let catalog = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
    #expect((catalog?["entries"] as? [Any])?.count == 1)
    #expect(result.standardError.contains("wrote "))
  }

  @Test func buildIsByteIdenticalAcrossRuns() throws {
    let docs = try goodDocs()
    let first = docs.root.appendingPathComponent("a.json").path
    let second = docs.root.appendingPathComponent("b.json").path
    #expect(try run(["build", docs.root.path, "--json", first, "--quiet"]).status == 0)
    #expect(try run(["build", docs.root.path, "--json", second, "--quiet"]).status == 0)
    #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
  }

  @Test func buildFindsTheConfigurationOfTheFolderFromElsewhere() throws {
    let docs = try goodDocs()
    let result = try run(["build", ".", "--json", "-"], in: docs.root)
    #expect(result.status == 0)
    #expect(result.output.contains("\"sourceLocale\" : \"en-US\""))
  }

  @Test func errorsExitOneAndLeaveTheOutputUntouched() throws {
    let docs = try goodDocs()
    let output = docs.root.appendingPathComponent("out/catalog.json")
    try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("previous".utf8).write(to: output)
    var bytes = [UInt8](try Data(contentsOf: docs.root.appendingPathComponent("ja-JP/errors.md")))
    bytes.insert(0xFE, at: bytes.count - 3)
    try Data(bytes).write(to: docs.root.appendingPathComponent("ja-JP/errors.md"))

    let result = try run(["build", docs.root.path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("ja-JP/errors.md:11:"))
    #expect(result.standardError.contains("error: file is not valid UTF-8"))
    #expect(result.standardError.contains("[encoding.invalid-utf8]"))
    #expect(try String(contentsOf: output, encoding: .utf8) == "previous")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
    #expect(leftovers == ["catalog.json"], "no temporary file is left behind")
  }

  @Test func malformedYAMLIsAnErrorWithItsLocation() throws {
    let docs = try goodDocs()
    try Data("---\ntitle: [oops\n---\n".utf8).write(to: docs.root.appendingPathComponent("ja-JP/errors.md"))
    let result = try run(["build", docs.root.path, "--json", "-"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("ja-JP/errors.md:3:1: error: front matter is not valid YAML"))
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try run(["build", "--no-such-option"]).status == 2)
    #expect(try run(["build", "/nonexistent/docs"]).status == 2)
    #expect(try run(["build", "--config", "/nonexistent/doccatalog.yml"]).status == 2)
    #expect(try run(["parse"]).status == 2)
  }

  @Test func parsePrintsTablesAsJSON() throws {
    let docs = try goodDocs()
    let result = try run(["parse", docs.root.appendingPathComponent("ja-JP/errors.md").path, "--format", "json"])
    #expect(result.status == 0)
    let documents = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [[String: Any]])
    let table = try #require((documents.first?["blocks"] as? [[String: Any]])?.first { $0["type"] as? String == "table" })
    let header = try #require(table["header"] as? [[String: Any]])
    #expect(header.map { $0["text"] as? String } == ["エラー メッセージ", "アプリ", "説明", "解決方法"])
    let rows = try #require(table["rows"] as? [[[String: Any]]])
    #expect(rows.first?.map { $0["markdown"] as? String } == ["E1", "App", "説明", "解決"])
  }

  @Test func parseOfAMissingFileIsAnError() throws {
    let result = try run(["parse", "/nonexistent/x.md"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("/nonexistent/x.md: error: cannot read file: no such file [io.unreadable]"))
  }
}
