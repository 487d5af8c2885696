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

  /// An output whose folder is a file is a usage error found before anything is read: the other output is
  /// not written either (outputs are replaced together or not at all).
  @Test func anOutputThatCannotBeWrittenStopsTheBuildBeforeAnyWrite() throws {
    let docs = try goodDocs()
    let blocker = docs.root.appendingPathComponent("not-a-folder")
    try Data("a file".utf8).write(to: blocker)
    let swift = docs.root.appendingPathComponent("out/Catalog.swift").path
    let result = try run([
      "build", docs.root.path, "--json", blocker.path + "/catalog.json", "--swift", swift, "--no-cache",
    ])
    #expect(result.status == 2)
    #expect(result.standardError.contains("not-a-folder', a file, not a folder"), "\(result.standardError)")
    #expect(!FileManager.default.fileExists(atPath: swift))
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
    let documents = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [[String: Any]])
    let table = try #require(
      (documents.first?["blocks"] as? [[String: Any]])?.first { $0["type"] as? String == "table" })
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

/// `build` reads a doc set in one pass, each page parsed, used and let go of.
@Suite("One-pass builds")
struct OnePassBuildTests {
  /// Pages that exercise what crosses pages: includes (nested, missing, and with `cyclic`, one that includes
  /// itself), a page missing in one locale, a page only in the other, machine translation, misaligned and
  /// duplicate catalog rows.
  func docs(cyclic: Bool = true) throws -> DocSetFixture {
    try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "includes/note.md": "> [!NOTE]\n> Shared note.\n\n[!INCLUDE [inner](inner.md)]\n",
      "includes/inner.md": "Inner text with **bold**.\n",
      "includes/loop.md": "[!INCLUDE [loop](loop.md)]\n",
      "en-US/errors.md": DocSetFixture.page(
        locale: "en-US",
        rows: [
          ["E1: failed", "App", "D1", "R1"], ["E2: timeout", "App", "D2", "R2"], ["E1: failed", "App", "D3", "R3"],
        ])
        + "\n[!INCLUDE [note](../includes/note.md)]\n\n[!INCLUDE [gone](../includes/gone.md)]\n",
      "ja-JP/errors.md": "---\ntitle: エラー\nms.translationtype: MT\n---\n# エラー\n\n|エラー メッセージ|アプリ|説明|解決方法|\n|-|-|-|-|\n"
        + "|E2: timeout|App|説明2|解決2|\n|E9: other|App|説明9|解決9|\n"
        + (cyclic ? "\n[!INCLUDE [loop](../includes/loop.md)]\n" : ""),
      "en-US/guide/setup.md": "---\ntitle: Setup\n---\n# Setup\n\nSee [errors](../errors.md#errors).\n",
      "ja-JP/only-ja.md": "---\ntitle: 日本語だけ\n---\n# 日本語だけ\n\n本文。\n",
    ])
  }

  func snapshot(_ folder: URL) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for relative in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
      let url = folder.appendingPathComponent(relative)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
        continue
      }
      files[relative] = [UInt8](try Data(contentsOf: url))
    }
    return files
  }

  func build(_ root: URL, into folder: URL) throws -> (status: Int32, diagnostics: String, files: [String: [UInt8]]) {
    let result = try Command.run(
      Command.doccatalog,
      [
        "build", root.path, "--json", folder.appendingPathComponent("catalog.json").path,
        "--swift", folder.appendingPathComponent("Catalog.swift").path,
        "--html", folder.appendingPathComponent("site").path, "--no-cache", "--quiet",
      ])
    let files = FileManager.default.fileExists(atPath: folder.path) ? try snapshot(folder) : [:]
    return (result.status, result.standardError, files)
  }

  /// Every output, the same bytes on a second build, with what crosses pages in its place.
  @Test(arguments: ["fixture", "docs"])
  func onePassBuildsEveryOutput(_ which: String) throws {
    let fixture = try docs(cyclic: false)
    let root = which == "docs" ? Paths.docs : fixture.root
    let out = try DocSetFixture([:])
    let first = try build(root, into: out.root.appendingPathComponent("first"))
    let second = try build(root, into: out.root.appendingPathComponent("second"))
    #expect(first.status == 0, "\(first.diagnostics)")
    #expect(first.diagnostics == second.diagnostics)
    #expect(first.files.count > 5)
    #expect(first.files.keys.sorted() == second.files.keys.sorted())
    for (path, bytes) in first.files where !path.hasSuffix(".swift") {
      #expect(bytes == second.files[path], "\(path) differs")
    }
    if which == "fixture" {
      for rule in ["include.missing-file", "catalog.duplicate-key"] {
        #expect(first.diagnostics.contains("[\(rule)]"), "the fixture exercises \(rule)")
      }
      #expect(first.files["site/ja-JP/guide/setup.html"] != nil, "a fallback page")
      #expect(first.files["site/en-US/only-ja.html"] != nil, "a page from the other locale standing in")
      let note = String(decoding: first.files["site/en-US/errors.html"] ?? [], as: UTF8.self)
      #expect(note.contains("Inner text with <strong>bold</strong>"), "a nested include rendered in place")
    }
  }

  /// An include that includes itself is `include.cycle`, an error in `build` as in `validate`: the site would
  /// leave its content out, so nothing is written.
  @Test func anIncludeCycleFailsTheBuildAndWritesNothing() throws {
    let fixture = try docs(cyclic: true)
    let out = try DocSetFixture([:])
    let result = try build(fixture.root, into: out.root.appendingPathComponent("out"))
    #expect(result.status == 1)
    #expect(result.diagnostics.contains(": error: 'loop.md' includes itself"), "\(result.diagnostics)")
    #expect(result.diagnostics.contains("[include.cycle]"))
    #expect(result.diagnostics.components(separatedBy: "[include.cycle]").count == 2, "reported once")
    #expect(result.files.isEmpty, "nothing written: \(result.files.keys.sorted())")
  }
}
