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
  /// is written, and nothing appears or changes in the docs folder: by the tool the plugin builds, and by
  /// `doccatalog`, which it runs from an artifact bundle.
  @Test(arguments: ["doccatalog-plugin-tool", "doccatalog"])
  func theBuildToolPluginWritesOnlyItsDeclaredOutput(_ tool: String) throws {
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
      Command.builtExecutable(tool), ["build", docs.path, "--swift", declared.path] + flags)
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

  /// Runs `PluginSettings` (the plugins' shared source, compiled here with a small program, since plugins
  /// are not importable) on a package root holding `files`: prints the tool arguments the settings give,
  /// then checks the docs folder (`--docs` when `docsOption` is given) as a plugin does.
  static func pluginSettings(_ files: [String: String], docsOption: String? = nil) throws -> (
    output: String, status: Int32
  ) {
    let root = URL(fileURLWithPath: NSTemporaryDirectory() + "doccatalog-plugin-root-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for (path, text) in files {
      let file = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: file)
    }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let settings = try String(
      contentsOf: Paths.repositoryRoot.appendingPathComponent("Plugins/DocCatalogPlugin/PluginSettings.swift"),
      encoding: .utf8)
    let folder = docsOption.map { "root.appending(path: \"\($0)\")" } ?? "nil"
    let main = """
      import Foundation
      let root = URL(fileURLWithPath: \"\(root.path)\")
      do {
        let settings = try PluginSettings(root: root)
        print(settings.toolArguments().joined(separator: " "))
        try settings.requireDocs(at: \(folder), for: "DocCatalogPlugin (target App)", option: \(docsOption == nil ? "nil" : "\"--docs\""))
        print("docs found")
      } catch {
        print("error: \\(error)")
      }
      """
    let result = try SwiftCompiler.compileAndRun(["PluginSettings.swift": settings, "main.swift": main])
    return (result.output.replacingOccurrences(of: root.path, with: "ROOT"), result.status)
  }

  /// `access:` and `strings:` in doccatalog-plugin.yml become the tool's `--swift-access` and `--swift-strings`;
  /// a value it does not take is an error naming its line.
  @Test func thePluginSettingsGiveTheAccessLevelAndStrings() throws {
    let docs = ["docs/doccatalog.yml": "sourceLocale: en-US\n"]
    let none = try Self.pluginSettings(docs)
    #expect(none.output == "\ndocs found\n")
    let both = try Self.pluginSettings(
      docs.merging(["doccatalog-plugin.yml": "access: public  # for other modules\nstrings: catalog\n"]) { $1 })
    #expect(both.output == "--swift-access public --swift-strings catalog\ndocs found\n")
    let wrong = try Self.pluginSettings(docs.merging(["doccatalog-plugin.yml": "docs: docs\naccess: open\n"]) { $1 })
    #expect(
      wrong.output == "error: ROOT/doccatalog-plugin.yml:2: 'access' must be 'internal' or 'public', found 'open'\n")
  }

  /// Both plugins read their settings the same way and hand the tool what they give.
  @Test func bothPluginsPassTheSettingsOn() throws {
    for path in ["Plugins/DocCatalogPlugin/DocCatalogPlugin.swift", "Plugins/DocCatalogPlugin/CatalogCommand.swift"] {
      let source = try String(contentsOf: Paths.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
      #expect(source.contains("settings.toolArguments("), "\(path)")
      #expect(source.contains("try settings.requireDocs("), "\(path)")
    }
  }

  /// A missing docs folder is an error saying where it was looked for and how to name another.
  @Test func aMissingDocsFolderSaysHowToNameOne() throws {
    let byDefault = try Self.pluginSettings([:])
    #expect(
      byDefault.output == """

        error: DocCatalogPlugin (target App): no docs folder at ROOT/docs (the default when no \
        doccatalog-plugin.yml names one). Put the docs (with their doccatalog.yml) in docs/ at the root of the \
        package or name their folder in doccatalog-plugin.yml there, e.g. 'docs: Documentation'.

        """)
    let named = try Self.pluginSettings(["doccatalog-plugin.yml": "docs: Documentation\n"])
    #expect(named.output.contains("no docs folder at ROOT/Documentation (named by ROOT/doccatalog-plugin.yml)"))
    let option = try Self.pluginSettings(["docs/doccatalog.yml": ""], docsOption: "Other")
    #expect(option.output.contains("no docs folder at ROOT/Other (named by --docs)"), "\(option.output)")
    #expect(option.output.contains("at the root of the package, pass --docs DIR, or name their folder"))
  }

  /// `DOCCATALOG_TOOL_BUNDLE` makes the plugins depend on the artifact bundle it names (a binary target)
  /// instead of building the tool; without it the build-tool plugin depends on `doccatalog-plugin-tool` and
  /// the command plugins on `doccatalog`.
  @Test(arguments: [nil, "Binaries/doccatalog.artifactbundle"])
  func theToolBundleVariableChoosesWhatThePluginsRun(_ bundle: String?) throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "doccatalog-manifest-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let swift = try #require(Command.which("swift"), "swift is needed to read the manifest")
    let variable = bundle.map { ["DOCCATALOG_TOOL_BUNDLE=\($0)"] } ?? ["-u", "DOCCATALOG_TOOL_BUNDLE"]
    let result = try Command.run(
      "/usr/bin/env",
      variable + [
        swift, "package", "--package-path", Paths.repositoryRoot.path, "--scratch-path", scratch.path, "dump-package",
      ])
    #expect(result.status == 0, "\(result.standardError)")
    let manifest = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [String: Any])
    let targets = try #require(manifest["targets"] as? [[String: Any]])
    let binaries = targets.filter { $0["type"] as? String == "binary" }.map { $0["path"] as? String }
    #expect(binaries == (bundle.map { [$0] } ?? []))
    for plugin in targets where plugin["type"] as? String == "plugin" {
      let name = try #require(plugin["name"] as? String)
      let built = name == "DocCatalogPlugin" ? "doccatalog-plugin-tool" : "doccatalog"
      #expect(Self.dependencies(of: plugin).names == [bundle == nil ? built : "DocCatalogTool"], "\(name)")
    }
  }

  /// The names of the package's targets and the products of other packages `target` depends on.
  static func dependencies(of target: [String: Any]) -> (names: [String], products: [String]) {
    let dependencies = target["dependencies"] as? [[String: Any]] ?? []
    return (
      dependencies.compactMap { (($0["byName"] ?? $0["target"]) as? [Any])?.first as? String },
      dependencies.compactMap { ($0["product"] as? [Any])?.first as? String }
    )
  }

  /// What an app's first build compiles for the build-tool plugin: its tool and every target it reaches,
  /// which leave out the command line and swift-argument-parser.
  @Test func theBuildToolPluginsToolLeavesOutTheCommandLine() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "doccatalog-manifest-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let swift = try #require(Command.which("swift"), "swift is needed to read the manifest")
    let result = try Command.run(
      "/usr/bin/env",
      [
        "-u", "DOCCATALOG_TOOL_BUNDLE", swift, "package", "--package-path", Paths.repositoryRoot.path,
        "--scratch-path", scratch.path, "dump-package",
      ])
    #expect(result.status == 0, "\(result.standardError)")
    let manifest = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [String: Any])
    let targets = try #require(manifest["targets"] as? [[String: Any]])
    let byName = Dictionary(
      uniqueKeysWithValues: targets.compactMap { target in
        (target["name"] as? String).map { ($0, target) }
      })
    var reached: Set<String> = []
    var products: Set<String> = []
    var next = Self.dependencies(of: try #require(byName["DocCatalogPlugin"])).names
    while let name = next.popLast() {
      guard let target = byName[name], reached.insert(name).inserted else { continue }
      let (names, used) = Self.dependencies(of: target)
      next += names
      products.formUnion(used)
    }
    #expect(reached.contains("doccatalog-plugin-tool"))
    #expect(reached.contains("SwiftGenerator"))
    #expect(!reached.contains("DocCLI"))
    #expect(!reached.contains("doccatalog"))
    #expect(!products.contains("ArgumentParser"), "\(products.sorted())")
  }
}
