import ArgumentParser
import DocModel
import DocParser
import Foundation
import JSONGenerator

/// `doccatalog build [DOCS_DIR]`: reads the docs, builds the catalog and writes its JSON.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Parse a docs folder and write the catalog JSON.",
    discussion: """
      Reads DOCS_DIR/doccatalog.yml (or --config), parses every page of every locale and writes the catalog \
      to --json, or to the configuration's 'outputs.json' (relative to DOCS_DIR), or to standard output. \
      Exits 1 on errors in the docs, leaving existing outputs untouched, and 2 on usage errors.
      """
  )

  @Argument(help: "The docs folder.")
  var docsDirectory: String = "docs"

  @Option(help: "The configuration file (default: DOCS_DIR/doccatalog.yml).")
  var config: String?

  @Option(help: "Where to write the catalog JSON ('-' for standard output).")
  var json: String?

  @Flag(name: [.short, .long], help: "Print diagnostics only.")
  var quiet = false

  func run() throws {
    let build = try CatalogBuild.run(docsDirectory: docsDirectory, configPath: config)
    DiagnosticPrinter.standardError.print(build.diagnostics)
    guard !build.hasErrors else {
      Console.error("build failed with \(build.errorCount) error\(build.errorCount == 1 ? "" : "s"); no output written")
      throw ExitCode(1)
    }
    let bytes = try JSONOutput.encode(build.catalog)
    let target = json ?? build.configuration.outputs.json.map { outputPath($0) }
    guard let target, target != "-" else {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    do {
      let changed = try AtomicFileWriter.write(bytes, to: target)
      if !quiet {
        let locales = build.catalog.locales.count
        Console.info(
          "\(changed ? "wrote" : "unchanged") \(target): \(build.catalog.entries.count) entries, \(build.catalog.pages.count) pages, \(locales) locale\(locales == 1 ? "" : "s")")
      }
    } catch {
      Console.error(error.description)
      throw ExitCode(1)
    }
  }

  /// An output path from the configuration, relative to the docs folder.
  private func outputPath(_ path: String) -> String {
    path.hasPrefix("/") ? path : (docsDirectory as NSString).appendingPathComponent(path)
  }
}
