import ArgumentParser
import DocBuild
import DocConsole
import DocModel

/// `doccatalog build [DOCS_DIR]`: maps its options onto ``BuildPipeline`` and prints what it tells.
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

  // One option per output of OutputRegistry, named by its key (a test holds them to the registry).
  @Option(help: ArgumentHelp(stringLiteral: CatalogJSONOutput.help))
  var json: String?

  @Option(help: ArgumentHelp(stringLiteral: CatalogSchemaOutput.help))
  var schema: String?

  @Option(help: ArgumentHelp(stringLiteral: SwiftSourceOutput.help))
  var swift: String?

  @Option(help: ArgumentHelp(stringLiteral: XCStringsOutput.help))
  var xcstrings: String?

  @Option(help: ArgumentHelp(stringLiteral: HTMLSiteOutput.help))
  var html: String?

  @Option(help: "A folder of templates replacing the built-in ones (swift/, html/, l10n/).")
  var templates: String?

  @Option(
    help:
      "The generated Swift's access level, 'internal' or 'public' (default: the configuration's swift.access, else internal).",
    transform: { text throws(ValidationError) in
      guard let access = SwiftAccess(rawValue: text) else {
        throw ValidationError("--swift-access must be 'internal' or 'public', not '\(text)'")
      }
      return access
    })
  var swiftAccess: SwiftAccess?

  @Option(
    help: """
      Where the generated Swift reads translations: 'literals' (every locale's texts in the file) or 'catalog' \
      (the String Catalog, through the app's bundle); default: the configuration's swift.strings, else literals.
      """,
    transform: { text throws(ValidationError) in
      guard let strings = SwiftStrings(rawValue: text) else {
        throw ValidationError("--swift-strings must be 'literals' or 'catalog', not '\(text)'")
      }
      return strings
    })
  var swiftStrings: SwiftStrings?

  @Option(
    help:
      "The String Catalog table the generated Swift reads (default: the configuration's swift.table, else the --xcstrings file's name, else Localizable).",
    transform: { text throws(ValidationError) in
      guard SwiftSettings.isTableName(text) else {
        throw ValidationError("--swift-table must be 1 to 100 ASCII letters, digits, '-' and '_', not '\(text)'")
      }
      return text
    })
  var swiftTable: String?

  @Flag(help: "Write nothing; exit 1 when an output is stale.")
  var check = false

  @Flag(help: "Write only the outputs named on the command line, not those of the configuration's 'outputs'.")
  var noConfigOutputs = false

  @Option(help: .hidden)
  var regenerateCommand: String?

  @Flag(name: [.short, .long], help: "Print diagnostics only.")
  var quiet = false

  @Flag(help: "Show progress even when standard error is not a terminal.")
  var progress = false

  @Flag(help: "Print how long each phase of the build took.")
  var timings = false

  @Option(help: "The build cache folder (default: DOCS_DIR/\(BuildCache.defaultFolderName)); safe to delete.")
  var cacheDir: String?

  @Flag(help: "Neither use nor update the build cache.")
  var noCache = false

  /// The output paths given, by output key.
  var outputPaths: [String: String] {
    [
      CatalogJSONOutput.key: json, CatalogSchemaOutput.key: schema, SwiftSourceOutput.key: swift,
      HTMLSiteOutput.key: html, XCStringsOutput.key: xcstrings,
    ].compactMapValues { $0 }
  }

  func run() throws {
    let timer = PhaseTimer(enabled: timings)
    defer { timer.printReport() }
    var pipeline = BuildPipeline(
      .init(
        docsDirectory: docsDirectory, configPath: config, outputPaths: outputPaths, templatesDirectory: templates,
        check: check, cacheDirectory: cacheDir, usesCache: !noCache, usesConfigurationOutputs: !noConfigOutputs,
        regenerateCommand: regenerateCommand,
        swift: SwiftSettings(access: swiftAccess, strings: swiftStrings, table: swiftTable)))
    pipeline.endsWithProcess = true
    do throws(BuildFailure) {
      let catalog = try pipeline.run(
        observer: ConsoleObserver(quiet: quiet), progress: ProgressLine(quiet: quiet, forced: progress), timer: timer)
      ProcessLifetime.keep(catalog)
    } catch {
      throw error.printedExitCode
    }
  }
}
