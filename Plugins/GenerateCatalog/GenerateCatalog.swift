import Foundation
import PackagePlugin

/// `swift package generate-catalog [--docs DIR] [build options]`: regenerates checked-in outputs.
///
/// Runs `doccatalog build DIR` (default `docs`) in the package, passing the other arguments on, so the
/// configuration's `outputs` (or `--swift FILE`, `--json FILE`) are written. Add `--check` in CI to fail
/// when checked-in files are stale.
@main
struct GenerateCatalog: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    var extractor = ArgumentExtractor(arguments)
    let docs = extractor.extractOption(named: "docs").last ?? "docs"
    let tool = try context.tool(named: "doccatalog")
    let process = Process()
    process.executableURL = tool.url
    process.currentDirectoryURL = context.package.directoryURL
    process.arguments = ["build", docs] + extractor.remainingArguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      Diagnostics.error("doccatalog build \(docs) failed with exit code \(process.terminationStatus)")
      return
    }
  }
}
