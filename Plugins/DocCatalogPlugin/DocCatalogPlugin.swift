import Foundation
import PackagePlugin

/// Generates a target's catalog code from the package's docs at build time.
///
/// Reads `docs/` at the root of the package (with its `doccatalog.yml`) and writes
/// `DocCatalog.generated.swift` into the build, where the target compiles it: every catalog of the
/// configuration becomes a type such as `AppConnectorErrors`. The code is regenerated whenever a page,
/// an include or the configuration changes.
@main
struct DocCatalogPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    guard target is SourceModuleTarget else { return [] }
    let docs = context.package.directoryURL.appending(path: "docs")
    let output = context.pluginWorkDirectoryURL.appending(path: "DocCatalog.generated.swift")
    let tool = try context.tool(named: "doccatalog")
    return [
      .buildCommand(
        displayName: "Generating catalog code for \(target.name) from \(docs.lastPathComponent)/",
        executable: tool.url,
        arguments: ["build", docs.path(percentEncoded: false), "--swift", output.path(percentEncoded: false), "--quiet", "--no-cache"],
        inputFiles: Self.inputs(under: docs),
        outputFiles: [output]
      )
    ]
  }

  /// The Markdown pages, includes and configuration the code depends on.
  static func inputs(under folder: URL) -> [URL] {
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
    return enumerator.compactMap { $0 as? URL }
      .filter { ["md", "yml", "yaml"].contains($0.pathExtension) }
      .sorted { $0.path < $1.path }
  }
}
