import DocTestSupport
import Foundation
import Testing

/// `doccatalog-plugin-tool`, what the build-tool plugin runs: the same Swift, findings and exit statuses as
/// `doccatalog build` for the arguments the plugin passes, and a usage error for any other.
@Suite("Plugin tool")
struct PluginToolTests {
  /// A scratch folder holding a copy of the project's docs (without their generated files and cache).
  final class Scratch {
    let root = URL(fileURLWithPath: NSTemporaryDirectory() + "doccatalog-plugin-tool-\(UUID().uuidString)")
    var docs: URL { root.appendingPathComponent("docs") }

    init(copyingDocs: Bool = true) throws {
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
      guard copyingDocs else { return }
      try FileManager.default.copyItem(at: Paths.docs, to: docs)
      try? FileManager.default.removeItem(at: docs.appendingPathComponent("generated"))
      try? FileManager.default.removeItem(at: docs.appendingPathComponent(".doccatalog-cache"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// A file `name` in a folder of its own for `tool`: the generated Swift names its file, not its folder.
    func output(_ name: String, for tool: String) throws -> URL {
      let folder = root.appendingPathComponent(URL(fileURLWithPath: tool).lastPathComponent)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      return folder.appendingPathComponent(name)
    }
  }

  /// The Swift the plugin tool writes is byte for byte the Swift `doccatalog build` writes, with the
  /// plugin's flags and with each setting `doccatalog-plugin.yml` can give.
  @Test(arguments: [[], ["--swift-access", "public"], ["--swift-strings", "catalog"]])
  func theToolWritesWhatDoccatalogBuildWrites(_ settings: [String]) throws {
    let scratch = try Scratch()
    let flags = try PluginOutputsTests.pluginFlags()
    var written: [Data] = []
    for tool in [Command.docCatalogPluginTool, Command.doccatalog] {
      let swift = try scratch.output("DocCatalog.generated.swift", for: tool)
      let result = try Command.run(tool, ["build", scratch.docs.path, "--swift", swift.path] + settings + flags)
      #expect(result.status == 0, "\(tool): \(result.standardError)")
      #expect(result.standardError.isEmpty && result.output.isEmpty, "\(tool) prints nothing when all is well")
      written.append(try Data(contentsOf: swift))
    }
    #expect(written[0] == written[1])
    #expect(written[0].count > 1000)
  }

  /// The templates folder the plugin names replaces the built-in templates, as in `doccatalog build`.
  @Test func theToolReadsTheTemplatesFolder() throws {
    let scratch = try Scratch()
    let templates = scratch.root.appendingPathComponent("Templates")
    try FileManager.default.copyItem(
      at: Paths.repositoryRoot.appendingPathComponent("Templates"), to: templates)
    let swiftFolder = templates.appendingPathComponent("swift")
    for name in try FileManager.default.contentsOfDirectory(atPath: swiftFolder.path) where name.hasSuffix(".mustache")
    {
      let file = swiftFolder.appendingPathComponent(name)
      let text = try String(contentsOf: file, encoding: .utf8)
      try Data(("// from the templates folder\n" + text).utf8).write(to: file)
    }
    var written: [String] = []
    for tool in [Command.docCatalogPluginTool, Command.doccatalog] {
      let swift = try scratch.output("Catalog.swift", for: tool)
      let result = try Command.run(
        tool,
        ["build", scratch.docs.path, "--swift", swift.path, "--templates", templates.path]
          + PluginOutputsTests.pluginFlags())
      #expect(result.status == 0, "\(tool): \(result.standardError)")
      written.append(try String(contentsOf: swift, encoding: .utf8))
    }
    #expect(written[0] == written[1])
    #expect(written[0].contains("// from the templates folder"))
  }

  /// Docs with an error: the same findings on standard error, exit status 1 and nothing written.
  @Test func findingsAreReportedAsDoccatalogBuildReportsThem() throws {
    let scratch = try Scratch(copyingDocs: false)
    let docs = scratch.docs
    try FileManager.default.createDirectory(at: docs.appendingPathComponent("en-US"), withIntermediateDirectories: true)
    try Data(DocSetFixture.configuration.utf8).write(to: docs.appendingPathComponent("doccatalog.yml"))
    // Front matter that is not YAML is an error; the missing ja-JP folder a warning.
    let page = DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]])
      .replacingOccurrences(of: "title: Errors", with: "title: [Errors")
    try Data(page.utf8).write(to: docs.appendingPathComponent("en-US/errors.md"))
    var reports: [String] = []
    for tool in [Command.docCatalogPluginTool, Command.doccatalog] {
      let swift = try scratch.output("Catalog.swift", for: tool)
      let result = try Command.run(
        tool, ["build", docs.path, "--swift", swift.path] + PluginOutputsTests.pluginFlags())
      #expect(result.status == 1, "\(tool): \(result.standardError)")
      #expect(!FileManager.default.fileExists(atPath: swift.path), "\(tool) writes nothing")
      reports.append(result.standardError)
    }
    #expect(reports[0] == reports[1])
    #expect(reports[0].contains("/en-US/errors.md:"), "\(reports[0])")
    #expect(reports[0].contains(": error: front matter is not valid YAML"), "\(reports[0])")
    #expect(reports[0].contains(": warning: "), "\(reports[0])")
    #expect(reports[0].hasSuffix("error: build failed with 1 error; no output written\n"), "\(reports[0])")
  }

  /// What the plugin does not pass is a usage error (status 2) naming what is wrong, and writes nothing.
  @Test(arguments: [
    ([], "expected 'build' first"),
    (["validate", "docs"], "expected 'build' first"),
    (["build", "DOCS"], "--swift FILE is missing"),
    (["build", "DOCS", "--swift"], "--swift needs a value"),
    (["build", "DOCS", "--swift", "OUT", "--json", "catalog.json"], "unknown option '--json'"),
    (["build", "DOCS", "--swift", "OUT", "--swift-access", "open"], "--swift-access must be 'internal' or 'public'"),
    (
      ["build", "DOCS", "--swift", "OUT", "--swift-strings", "table"], "--swift-strings must be 'literals' or 'catalog'"
    ),
    (["build", "DOCS", "other", "--swift", "OUT"], "unexpected argument 'other'"),
  ])
  func anythingElseIsAUsageError(_ arguments: [String], _ message: String) throws {
    let scratch = try Scratch()
    let swift = scratch.root.appendingPathComponent("OUT.swift")
    let resolved = arguments.map { $0 == "DOCS" ? scratch.docs.path : $0 == "OUT" ? swift.path : $0 }
    let result = try Command.run(Command.docCatalogPluginTool, resolved)
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("error: \(message)"), "\(result.standardError)")
    #expect(result.standardError.contains("usage: doccatalog-plugin-tool build"))
    #expect(!FileManager.default.fileExists(atPath: swift.path))
  }
}
