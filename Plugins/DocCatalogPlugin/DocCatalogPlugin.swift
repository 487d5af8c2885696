import Foundation
import PackagePlugin

/// Generates a target's catalog code from the package's docs at build time.
///
/// Reads the docs folder (`docs/` at the root of the package, or the `docs:` of `doccatalog-plugin.yml`
/// there) with its `doccatalog.yml`, and writes `DocCatalog.generated.swift` into the plugin's work
/// directory, where the target compiles it: every catalog of the configuration becomes a type such as
/// `AppConnectorErrors`. That file is all it writes: the configuration's `outputs:` are for the command
/// line and `swift package generate-catalog`, and the build cache is off. The code is regenerated whenever
/// a page, an include, a template or the configuration changes. The declarations are `internal` unless
/// `doccatalog-plugin.yml` says `access: public` (or doccatalog.yml's `swift.access` does); a missing docs
/// folder fails the build, naming where it was looked for and how to name another.
@main
struct DocCatalogPlugin: BuildToolPlugin {
  /// The flags passed with every build: no output but `--swift`, no cache, diagnostics only.
  static let toolFlags = ["--no-config-outputs", "--no-cache", "--quiet"]

  /// The file the plugin writes.
  static let outputName = "DocCatalog.generated.swift"

  /// The tools it may run, the first found first: `doccatalog-plugin-tool`, built from source for the plugin
  /// alone, or the artifact bundle's `doccatalog` (`DOCCATALOG_TOOL_BUNDLE`), which takes the same arguments.
  static let toolNames = ["doccatalog-plugin-tool", "doccatalog"]

  /// The first of ``toolNames`` that `named` finds.
  static func tool(_ named: (String) throws -> PluginContext.Tool) throws -> PluginContext.Tool {
    for name in toolNames.dropLast() {
      if let tool = try? named(name) { return tool }
    }
    return try named(toolNames[toolNames.count - 1])
  }

  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    guard target is SourceModuleTarget else { return [] }
    let tool = try Self.tool(context.tool(named:))
    return [
      try Self.command(
        package: context.package.directoryURL, workDirectory: context.pluginWorkDirectoryURL, tool: tool.url,
        targetName: target.name)
    ]
  }

  /// The one build command of a target whose package (or project) is at `package`.
  static func command(package: URL, workDirectory: URL, tool: URL, targetName: String) throws -> Command {
    let settings = try PluginSettings(root: package)
    try settings.requireDocs(for: "DocCatalogPlugin (target \(targetName))")
    let output = workDirectory.appending(path: outputName)
    let arguments =
      ["build", settings.docs.path(percentEncoded: false), "--swift", output.path(percentEncoded: false)]
      + settings.toolArguments()
    var inputs = inputs(under: settings.docs)
    if let templates = settings.templates { inputs += Self.inputs(under: templates, extensions: nil) }
    if let file = settings.file { inputs.append(file) }
    return .buildCommand(
      displayName: "Generating catalog code for \(targetName) from \(settings.docs.lastPathComponent)/",
      executable: tool,
      arguments: arguments + toolFlags,
      inputFiles: inputs,
      outputFiles: [output]
    )
  }

  /// The files below `folder` the code depends on: the Markdown pages, includes and configuration, or
  /// every file (`extensions` nil) of a templates folder.
  static func inputs(under folder: URL, extensions: Set<String>? = ["md", "yml", "yaml"]) -> [URL] {
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
      return []
    }
    return enumerator.compactMap { $0 as? URL }
      .filter { extensions?.contains($0.pathExtension) ?? !$0.hasDirectoryPath }
      .sorted { $0.path < $1.path }
  }
}

#if canImport(XcodeProjectPlugin)
  import XcodeProjectPlugin

  /// The same command for a target of an Xcode project: the docs folder is found beside the project.
  extension DocCatalogPlugin: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
      let tool = try Self.tool(context.tool(named:))
      return [
        try Self.command(
          package: context.xcodeProject.directoryURL, workDirectory: context.pluginWorkDirectoryURL,
          tool: tool.url, targetName: target.displayName)
      ]
    }
  }
#endif
