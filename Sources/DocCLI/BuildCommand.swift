import ArgumentParser
import DocModel
import DocParser
import Foundation
import HTMLGenerator
import JSONGenerator
import SwiftGenerator

/// `doccatalog build [DOCS_DIR]`: reads the docs, builds the catalog and writes its outputs.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Parse a docs folder and write the catalog JSON and Swift source.",
    discussion: """
      Reads DOCS_DIR/doccatalog.yml (or --config) and parses every page of every locale. Writes the catalog \
      JSON to --json and Swift source to --swift, or to the paths the configuration names under 'outputs' \
      (relative to DOCS_DIR); with neither, prints the JSON. Exits 1 on errors in the docs, leaving existing \
      outputs untouched, and 2 on usage errors. With --check, writes nothing and exits 1 when an output on \
      disk differs from what the docs produce now.
      """
  )

  @Argument(help: "The docs folder.")
  var docsDirectory: String = "docs"

  @Option(help: "The configuration file (default: DOCS_DIR/doccatalog.yml).")
  var config: String?

  @Option(help: "Where to write the catalog JSON ('-' for standard output).")
  var json: String?

  @Option(help: "Where to write the generated Swift source.")
  var swift: String?

  @Option(help: "Where to write the HTML site (a folder, replaced whole).")
  var html: String?

  @Option(help: "A folder of templates replacing the built-in ones (swift/, html/, l10n/).")
  var templates: String?

  @Flag(help: "Write nothing; exit 1 when an output is stale.")
  var check = false

  @Flag(name: [.short, .long], help: "Print diagnostics only.")
  var quiet = false

  func run() throws {
    let build = try CatalogBuild.run(docsDirectory: docsDirectory, configPath: config)
    DiagnosticPrinter.standardError.print(build.diagnostics)
    guard !build.hasErrors else {
      Console.error("build failed with \(build.errorCount) error\(build.errorCount == 1 ? "" : "s"); no output written")
      throw ExitCode(1)
    }
    var outputs = try render(build)
    let site = try renderSite(build)
    if check {
      if let site { outputs.append(contentsOf: site.files.map { Output(path: site.folder + "/" + $0.key, bytes: $0.value, summary: "") }) }
      try checkOutputs(outputs, siteFolder: site.map { ($0.folder, Set($0.files.keys)) })
      return
    }
    if let site {
      do {
        let changed = try AtomicFileWriter.writeFolder(site.files, to: site.folder)
        if !quiet { Console.info("\(changed ? "wrote" : "unchanged") \(site.folder)/: \(site.files.count) files") }
      } catch {
        Console.error(error.description)
        throw ExitCode(1)
      }
    }
    for output in outputs {
      guard output.path != "-" else {
        FileHandle.standardOutput.write(Data(output.bytes))
        continue
      }
      do {
        let changed = try AtomicFileWriter.write(output.bytes, to: output.path)
        if !quiet { Console.info("\(changed ? "wrote" : "unchanged") \(output.path): \(output.summary)") }
      } catch {
        Console.error(error.description)
        throw ExitCode(1)
      }
    }
  }

  /// One file the build produces.
  struct Output {
    var path: String
    var bytes: [UInt8]
    var summary: String
  }

  private func render(_ build: CatalogBuild) throws -> [Output] {
    let catalog = build.catalog
    let outputs = build.configuration.outputs
    var result: [Output] = []
    let summary = "\(catalog.entries.count) entries, \(catalog.pages.count) pages, \(catalog.locales.count) locales"
    let jsonPath = json ?? outputs.json.map(outputPath)
    let swiftPath = swift ?? outputs.swift.map(outputPath)
    if let jsonPath {
      result.append(Output(path: jsonPath, bytes: JSONOutput.encode(catalog), summary: summary))
    }
    if let swiftPath {
      let generator: SwiftCatalogGenerator
      do {
        generator = try SwiftCatalogGenerator(templatesDirectory: templates)
      } catch {
        Console.error(error.description)
        throw ExitCode(2)
      }
      let command = "doccatalog build \(Self.shown(docsDirectory))" + (swift.map { " --swift \(Self.shown($0))" } ?? "")
      let source = generator.generate(catalog, command: command)
      result.append(Output(path: swiftPath, bytes: Array(source.utf8), summary: summary))
    }
    if result.isEmpty && html == nil && outputs.html == nil {
      result.append(Output(path: "-", bytes: JSONOutput.encode(catalog), summary: summary))
    }
    return result
  }

  /// The HTML site's files, when a site is asked for.
  private func renderSite(_ build: CatalogBuild) throws -> (folder: String, files: [String: [UInt8]])? {
    guard let folder = html ?? build.configuration.outputs.html.map(outputPath) else { return nil }
    let templates: HTMLTemplates
    do {
      templates = try HTMLTemplates(directory: self.templates)
    } catch {
      Console.error(error.description)
      throw ExitCode(2)
    }
    let docSet = build.docSet
    let generator = SiteGenerator(
      templates: templates, sourceLocale: docSet.configuration.sourceLocale, locales: docSet.configuration.orderedLocales,
      pages: docSet.pages.map { SiteGenerator.Page(locale: $0.locale, localPath: $0.localPath, path: $0.path, document: $0.document) },
      includes: docSet.includes)
    let (files, problems) = generator.generate()
    DiagnosticPrinter.standardError.print(
      problems.map { Diagnostic(.warning, rule: "include.cycle", $0.message, file: docSet.root + "/" + $0.page) })
    return (folder.hasSuffix("/") ? String(folder.dropLast()) : folder, files)
  }

  /// Compares each output with the file on disk, naming the stale ones and the command that updates them.
  private func checkOutputs(_ outputs: [Output], siteFolder: (path: String, files: Set<String>)?) throws {
    var stale: [String] = []
    if let siteFolder, let enumerator = FileManager.default.enumerator(atPath: siteFolder.path) {
      while let relative = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: siteFolder.path + "/" + relative, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue && !siteFolder.files.contains(relative) {
          stale.append(siteFolder.path + "/" + relative)
          Console.error("\(siteFolder.path)/\(relative) is stale: the docs no longer produce it")
        }
      }
    }
    for output in outputs where output.path != "-" {
      let existing = FileManager.default.contents(atPath: output.path).map { [UInt8]($0) }
      guard existing != output.bytes else { continue }
      stale.append(output.path)
      Console.error("\(output.path) is stale: \(StaleFileReport.describe(existing: existing, expected: output.bytes))")
    }
    guard stale.isEmpty else {
      var command = "doccatalog build \(docsDirectory)"
      if let config { command += " --config \(config)" }
      if let json { command += " --json \(json)" }
      if let swift { command += " --swift \(swift)" }
      if let html { command += " --html \(html)" }
      if let templates { command += " --templates \(templates)" }
      Console.error("\(stale.count) generated file\(stale.count == 1 ? " is" : "s are") stale; run '\(command)'")
      throw ExitCode(1)
    }
    if !quiet { Console.info("generated files are up to date") }
  }

  /// An output path from the configuration, relative to the docs folder.
  private func outputPath(_ path: String) -> String {
    path.hasPrefix("/") ? path : (docsDirectory as NSString).appendingPathComponent(path)
  }

  /// A path as generated files show it: relative paths as given, absolute ones by their last component,
  /// so that the output does not depend on where the checkout is.
  static func shown(_ path: String) -> String {
    path.hasPrefix("/") ? (path as NSString).lastPathComponent : path
  }
}
