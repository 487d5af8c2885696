import ArgumentParser
import DocModel
import DocParser
import Foundation

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

  @Flag(help: "Show progress even when standard error is not a terminal.")
  var progress = false

  @Flag(help: "Print how long each phase of the build took.")
  var timings = false

  @Option(help: "The build cache folder (default: DOCS_DIR/\(BuildCache.defaultFolderName)); safe to delete.")
  var cacheDir: String?

  @Flag(help: "Neither use nor update the build cache.")
  var noCache = false

  /// Reads the doc set whole before rendering, as without a configuration file, instead of one pass over
  /// the pages: the same outputs, more memory. For comparing the two.
  @Flag(help: .hidden)
  var readWhole = false

  func run() throws {
    let progressLine = ProgressLine(quiet: quiet, forced: progress)
    let timer = PhaseTimer(enabled: timings)
    defer { timer.report() }
    let (configuration, configDiagnostics) = try CatalogBuild.configuration(
      docsDirectory: docsDirectory, configPath: config)
    let targets = targets(configuration)
    let cache = self.cache(for: targets)
    let manifest = cache?.load()
    let docsHash = timer.measure("fingerprint") { cache?.docsDigest(previous: manifest?.inputFiles ?? []) }
    let docsDigest = docsHash?.digest
    let fingerprint = docsDigest.flatMap {
      cache?.fingerprint(docsDigest: $0, extraInputs: manifest?.extraInputs ?? [])
    }
    if let manifest, manifest.inputs == fingerprint, BuildCache.outputsIntact(manifest) {
      // Nothing to write, but what killed builds left beside the outputs still goes.
      for path in [targets.json, targets.swift, targets.html].compactMap({ $0 }) {
        AtomicFileWriter.removeLeftovers(of: path)
      }
      DiagnosticPrinter.standardError.print(manifest.diagnostics)
      if !quiet { Console.info("up to date: the docs have not changed since the last build") }
      return
    }

    let renderer: OutputRenderer
    do {
      renderer = try OutputRenderer(targets: targets, templatesDirectory: templates)
    } catch {
      Console.error(error.description)
      throw ExitCode(2)
    }
    var diagnostics: [Diagnostic] = []
    var written: [String] = []
    var writtenFolders: [String] = []
    var stale: [String] = []
    func deliver(_ rendered: OutputRenderer.Rendered) throws {
      DiagnosticPrinter.standardError.print(rendered.diagnostics)
      diagnostics += rendered.diagnostics
      if check {
        stale += staleFiles(rendered)
      } else {
        try timer.measure(rendered.phase) { try write(rendered) }
        written += rendered.outputs.map(\.path)
        writtenFolders += rendered.site.map { [$0.folder] } ?? []
      }
    }
    func failIfErrors(_ found: [Diagnostic]) throws {
      DiagnosticPrinter.standardError.print(found)
      diagnostics += found
      let errors = found.filter { $0.severity == .error }.count
      guard errors == 0 else {
        Console.error("build failed with \(errors) error\(errors == 1 ? "" : "s"); no output written")
        throw ExitCode(1)
      }
    }

    let catalog: Catalog
    let extraInputs: [String]
    if let streamed = try streamingBuild(configuration, configDiagnostics, renderer, progressLine, timer) {
      // One pass: each page parsed, its rows read and its site pages rendered (and written beside the
      // site), then let go of.
      do {
        try failIfErrors(streamed.diagnostics)
      } catch {
        streamed.siteStaging?.abandon()
        throw error
      }
      if let site = streamed.site,
        let rendered = renderer.site(
          files: site.files, staged: streamed.siteStaging, problems: site.problems, root: docsDirectory)
      {
        try deliver(rendered)
      }
      catalog = streamed.catalog
      extraInputs = self.extraInputs(includes: streamed.includePaths)
    } else {
      // Without a configuration file the locales come from the pages: the doc set is read whole first.
      let build = try CatalogBuild.run(
        docsDirectory: docsDirectory, configuration: configuration, configDiagnostics: configDiagnostics,
        progress: progressLine, timer: timer)
      try failIfErrors(build.diagnostics)
      if let rendered = renderer.site(of: build.docSet, progress: progressLine, timer: timer) { try deliver(rendered) }
      catalog = build.catalog
      extraInputs = self.extraInputs(includes: Array(build.docSet.includes.keys))
    }
    returnFreedMemoryToSystem()  // the pages are no longer needed
    defer { ProcessLifetime.keep(catalog) }
    try renderer.catalogOutputs(catalog, deliver: deliver)
    if check {
      try reportStaleFiles(stale)
      return
    }
    if let cache, let docsDigest {
      let records = BuildCache.record(files: written, folders: writtenFolders)
      let stored = BuildManifest(
        inputs: cache.fingerprint(docsDigest: docsDigest, extraInputs: extraInputs),
        extraInputs: extraInputs, outputs: records.files, folders: records.folders, diagnostics: diagnostics,
        inputFiles: docsHash?.files ?? [])
      if let problem = cache.save(stored), !quiet { Console.info("note: the build cache was not updated: \(problem)") }
    }
  }

  typealias Output = OutputRenderer.Output

  /// Where the outputs go: the options, else the configuration's `outputs`; with neither, JSON on stdout.
  private func targets(_ configuration: Configuration) -> OutputRenderer.Targets {
    let outputs = configuration.outputs
    var targets = OutputRenderer.Targets(
      json: json ?? outputs.json.map(pathInDocs), swift: swift ?? outputs.swift.map(pathInDocs),
      html: html ?? outputs.html.map(pathInDocs),
      swiftCommand: "doccatalog build \(Self.shown(docsDirectory))" + (swift.map { " --swift \(Self.shown($0))" } ?? "")
    )
    if targets.json == nil && targets.swift == nil && targets.html == nil { targets.json = "-" }
    return targets
  }

  /// The build cache, unless it is turned off, the build only checks, or an output goes to standard output.
  private func cache(for targets: OutputRenderer.Targets) -> BuildCache? {
    guard !noCache, !check, targets.json != "-" else { return nil }
    let options = [
      ("docs", docsDirectory), ("config", config ?? ""), ("json", targets.json ?? ""), ("swift", targets.swift ?? ""),
      ("html", targets.html ?? ""), ("swift-command", targets.swiftCommand), ("templates", templates ?? ""),
    ]
    return BuildCache(
      folder: cacheDir ?? pathInDocs(BuildCache.defaultFolderName), root: docsDirectory, options: options,
      excluded: [targets.json, targets.swift, targets.html].compactMap { $0 })
  }

  /// The build in one pass over the pages, when the configuration names the locales.
  private func streamingBuild(
    _ configuration: Configuration, _ configDiagnostics: [Diagnostic], _ renderer: OutputRenderer,
    _ progress: ProgressLine, _ timer: PhaseTimer
  ) throws -> StreamingBuild? {
    guard !readWhole, configuration.isExplicit else { return nil }
    // A build that only checks keeps the site's files to compare them.
    let staging = check ? nil : renderer.siteStaging()
    do {
      return try StreamingBuild.run(
        root: docsDirectory, configuration: configuration, configDiagnostics: configDiagnostics,
        siteTemplates: renderer.siteTemplates, staging: staging, progress: progress, timer: timer)
    } catch {
      staging?.abandon()
      Console.error(error.description)
      throw ExitCode(2)
    }
  }

  /// Files the build read besides the docs folder's own: the configuration, templates and includes.
  private func extraInputs(includes: [String]) -> [String] {
    var paths = includes.map { pathInDocs($0) }
    if let config { paths.append(config) }
    if let templates { paths += FileTree.files(in: templates).map { templates + "/" + $0 } }
    return paths.sorted()
  }

  /// Writes the site, then the files, each atomically.
  private func write(_ rendered: OutputRenderer.Rendered) throws {
    if let site = rendered.site {
      do {
        let written =
          if let staged = site.staged { try staged.finish() } else {
            try AtomicFileWriter.writeFolder(site.files, to: site.folder)
          }
        if !quiet {
          Console.info(
            written.map { "wrote \(site.folder)/: \($0) of \(site.fileCount) files new or changed" }
              ?? "unchanged \(site.folder)/: \(site.fileCount) files")
        }
      } catch {
        Console.error(error.description)
        throw ExitCode(1)
      }
    }
    for output in rendered.outputs where output.path == "-" {
      output.produce { FileHandle.standardOutput.write(Data($0)) }
    }
    let files = rendered.outputs.filter { $0.path != "-" }
    var failed = false
    for (output, result) in zip(files, Self.writeAtOnce(files)) {
      switch result {
      case .success(let changed):
        if !quiet { Console.info("\(changed ? "wrote" : "unchanged") \(output.path): \(output.summary)") }
      case .failure(let failure):
        Console.error(failure.description)
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }

  /// Writes each output to its file, all at once when they have different paths: each but the first from a
  /// thread of its own, so that each still spreads its own work over the cores (a parallel loop inside
  /// another runs on one core).
  private static func writeAtOnce(_ outputs: [OutputRenderer.Output]) -> [Result<Bool, AtomicFileWriter.Failure>] {
    let write: @Sendable (OutputRenderer.Output) -> Result<Bool, AtomicFileWriter.Failure> = { output in
      Result { () throws(AtomicFileWriter.Failure) in
        try AtomicFileWriter.write(to: output.path, produce: output.produce)
      }
    }
    guard outputs.count > 1, Set(outputs.map(\.path)).count == outputs.count else { return outputs.map(write) }
    let others = ConcurrentResults<Result<Bool, AtomicFileWriter.Failure>>(count: outputs.count - 1)
    let group = DispatchGroup()
    for (index, output) in outputs.dropFirst().enumerated() {
      DispatchQueue.global().async(group: group) { others.set(index, write(output)) }
    }
    let first = write(outputs[0])
    group.wait()
    return [first] + others.values
  }

  /// The outputs that differ from the files on disk (and, for the site, files it no longer produces),
  /// each named with what changed.
  private func staleFiles(_ rendered: OutputRenderer.Rendered) -> [String] {
    var stale: [String] = []
    var outputs = rendered.outputs
    if let site = rendered.site {
      outputs += site.files.map { Output(path: site.folder + "/" + $0.key, bytes: $0.value, summary: "") }
      for relative in FileTree.files(in: site.folder) where site.files[relative] == nil {
        stale.append(site.folder + "/" + relative)
        Console.error("\(site.folder)/\(relative) is stale: the docs no longer produce it")
      }
    }
    for output in outputs where output.path != "-" {
      let chunks = output.chunks
      guard !AtomicFileWriter.fileHolds(output.path, chunks) else { continue }
      let existing = FileManager.default.contents(atPath: output.path).map { [UInt8]($0) }
      stale.append(output.path)
      let expected = Array(chunks.joined())
      Console.error("\(output.path) is stale: \(StaleFileReport.describe(existing: existing, expected: expected))")
    }
    return stale
  }

  /// Exits 1 naming the command that updates stale files, if there are any.
  private func reportStaleFiles(_ stale: [String]) throws {
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

  /// A path given relative to the docs folder (as the configuration gives outputs), as a usable path.
  private func pathInDocs(_ path: String) -> String {
    path.hasPrefix("/") ? path : (docsDirectory as NSString).appendingPathComponent(path)
  }

  /// A path as generated files show it: relative paths as given, absolute ones by their last component,
  /// so that the output does not depend on where the checkout is.
  static func shown(_ path: String) -> String {
    path.hasPrefix("/") ? (path as NSString).lastPathComponent : path
  }
}
