import DocTestSupport
import Foundation
import Testing

/// The build-tool plugin writes exactly the file it declares, in its work directory, whatever outputs the
/// docs' configuration names; and a stale file's message names the command a plugin passes.
@Suite("Plugin outputs")
struct PluginOutputsTests {
  /// The flags the build-tool plugin passes with every build, read from its source (plugins are not
  /// importable), so that this test follows the plugin.
  static func pluginFlags() throws -> [String] {
    let source = try String(
      contentsOf: Paths.repositoryRoot.appendingPathComponent("Plugins/DocCatalogPlugin/DocCatalogPlugin.swift"),
      encoding: .utf8)
    let line = try #require(source.split(separator: "\n").first { $0.contains("static let toolFlags = [") })
    let list = try #require(line.split(separator: "[", maxSplits: 1).last?.split(separator: "]").first)
    return list.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")) }
  }

  /// Every regular file below `folder`, with its size and modification time.
  static func snapshot(_ folder: URL) throws -> [String: String] {
    var result: [String: String] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
      var info = stat()
      guard lstat(folder.path + "/" + path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { continue }
      result[path] = "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
    return result
  }

  /// The project's own docs name `outputs.json`; with the plugin's arguments only the declared Swift file
  /// is written, and nothing appears or changes in the docs folder.
  @Test func theBuildToolPluginWritesOnlyItsDeclaredOutput() throws {
    let flags = try Self.pluginFlags()
    #expect(flags.contains("--no-config-outputs"))
    let root = URL(fileURLWithPath: NSTemporaryDirectory() + "doccatalog-plugin-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let docs = root.appendingPathComponent("docs")
    let work = root.appendingPathComponent("plugin-work")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Paths.docs, to: docs)
    try? FileManager.default.removeItem(at: docs.appendingPathComponent("generated"))
    try? FileManager.default.removeItem(at: docs.appendingPathComponent(".doccatalog-cache"))
    let configuration = try String(contentsOf: docs.appendingPathComponent("doccatalog.yml"), encoding: .utf8)
    #expect(configuration.contains("json: generated/catalog.json"), "the docs name an output of their own")

    let declared = work.appendingPathComponent("DocCatalog.generated.swift")
    let before = try Self.snapshot(root)
    let result = try Command.run(
      Command.doccatalog, ["build", docs.path, "--swift", declared.path] + flags)
    #expect(result.status == 0, "\(result.standardError)")
    let after = try Self.snapshot(root)
    let changed = Set(after.keys).union(before.keys).filter { before[$0] != after[$0] }
    #expect(changed == ["plugin-work/DocCatalog.generated.swift"])
    #expect(result.output.isEmpty, "nothing on standard output")
  }

  /// Without the flag the same build writes the configuration's output too (what the plugin used to do).
  @Test func withoutTheFlagTheConfigurationsOutputIsWritten() throws {
    let root = URL(fileURLWithPath: NSTemporaryDirectory() + "doccatalog-plugin-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let docs = root.appendingPathComponent("docs")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Paths.docs, to: docs)
    try? FileManager.default.removeItem(at: docs.appendingPathComponent("generated"))
    let result = try Command.run(
      Command.doccatalog,
      ["build", docs.path, "--swift", root.appendingPathComponent("Out.swift").path, "--no-cache", "--quiet"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(FileManager.default.fileExists(atPath: docs.appendingPathComponent("generated/catalog.json").path))
  }

  /// `--check` run by a plugin tells the plugin user to run the plugin command, not a binary they lack.
  @Test func aStaleFilesMessageNamesThePluginCommand() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
    ])
    let swift = fixture.root.appendingPathComponent("Catalog.swift")
    try Data("// old\n".utf8).write(to: swift)
    let command = "swift package --allow-writing-to-package-directory generate-catalog --swift Catalog.swift"
    let result = try Command.run(
      Command.doccatalog,
      ["build", fixture.root.path, "--swift", swift.path, "--check", "--regenerate-command", command])
    #expect(result.status == 1)
    #expect(result.standardError.contains("run '\(command)'"), "\(result.standardError)")
    #expect(!result.standardError.contains("doccatalog build"))
  }
}
