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
  static func run(context: PluginContext, arguments: [String], extraArguments: [String] = []) throws {
    var extractor = ArgumentExtractor(arguments)
    let named = extractor.extractOption(named: "docs").last
    let remaining = extractor.remainingArguments
    let package = context.package.directoryURL
    let settings = try PluginSettings(root: package)
    let docs = named ?? settings.docs.path(percentEncoded: false)
    var isFolder: ObjCBool = false
    let absolute = docs.hasPrefix("/") ? docs : package.appending(path: docs).path(percentEncoded: false)
    guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder), isFolder.boolValue else {
      throw PluginSettings.Problem(
        """
        no docs folder at \(absolute). Put the docs (with their doccatalog.yml) in docs/ at the root of the \
        package, pass --docs DIR, or name their folder in \(PluginSettings.fileName) there, e.g. \
        'docs: Documentation'.
        """)
    }
    var toolArguments = ["build", docs] + extraArguments + remaining
    if let templates = settings.templates, !remaining.contains("--templates") {
      toolArguments += ["--templates", templates.path(percentEncoded: false)]
    }
    let rerun = [generateCommand] + (named.map { ["--docs", $0] } ?? []) + remaining.filter { $0 != "--check" }
    toolArguments += ["--regenerate-command", rerun.joined(separator: " ")]

    let process = Process()
    process.executableURL = try context.tool(named: "doccatalog").url
    process.currentDirectoryURL = package
    process.arguments = toolArguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      Diagnostics.error("doccatalog build \(docs) failed with exit code \(process.terminationStatus)")
      return
    }
  }
}
