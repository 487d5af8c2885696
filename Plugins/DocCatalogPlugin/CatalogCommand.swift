import Foundation
import PackagePlugin

/// What `swift package generate-catalog` and `swift package check-catalog` share: running
/// `doccatalog build DOCS` in the package with the arguments given, and a stale file's message naming the
/// plugin command that updates it.
enum CatalogCommand {
  /// The command that rewrites the package's generated files, as a plugin user types it.
  static let generateCommand = "swift package --allow-writing-to-package-directory generate-catalog"

  /// Runs `doccatalog build` in the package; `--docs DIR` (default: ``PluginSettings``) picks the docs
  /// folder, every other argument goes to the tool, after `extraArguments`.
  /// `verb` is the plugin's command, for its messages.
  static func run(context: PluginContext, verb: String, arguments: [String], extraArguments: [String] = []) throws {
    var extractor = ArgumentExtractor(arguments)
    let named = extractor.extractOption(named: "docs").last
    let remaining = extractor.remainingArguments
    let package = context.package.directoryURL
    let settings = try PluginSettings(root: package)
    let docs = named ?? settings.docs.path(percentEncoded: false)
    let folder = named.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : package.appending(path: $0) }
    try settings.requireDocs(at: folder, for: verb, option: "--docs")
    let toolArguments = ["build", docs] + extraArguments + remaining + settings.toolArguments(besides: remaining)
    let rerun = [generateCommand] + (named.map { ["--docs", $0] } ?? []) + remaining.filter { $0 != "--check" }
    let regenerate = ["--regenerate-command", rerun.joined(separator: " ")]

    let process = Process()
    process.executableURL = try context.tool(named: "doccatalog").url
    process.currentDirectoryURL = package
    process.arguments = toolArguments + regenerate
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      Diagnostics.error("doccatalog build \(docs) failed with exit code \(process.terminationStatus)")
      return
    }
  }
}
