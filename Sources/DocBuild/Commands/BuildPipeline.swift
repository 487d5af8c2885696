public import DocModel
import DocParser
import Foundation

/// `build`: one pass over the pages feeding the catalog rows and the outputs that read pages (the site),
/// then the catalog and the outputs made from it, each written atomically; or, with `check`, compared with
/// the files on disk. Unchanged docs are answered from the build cache.
public struct BuildPipeline: Sendable {
  /// What to build.
  public struct Request: Sendable {
    public var docsDirectory: String
    public var configPath: String?
    /// Output paths given on the command line, by output key (``BuildOutput/key``).
    public var outputPaths: [String: String]
    public var templatesDirectory: String?
    /// Write nothing; fail when an output on disk differs from what the docs produce now.
    public var check: Bool
    public var cacheDirectory: String?
    public var usesCache: Bool

    public init(
      docsDirectory: String, configPath: String? = nil, outputPaths: [String: String] = [:],
      templatesDirectory: String? = nil, check: Bool = false, cacheDirectory: String? = nil, usesCache: Bool = true
    ) {
      self.docsDirectory = docsDirectory
      self.configPath = configPath
      self.outputPaths = outputPaths
      self.templatesDirectory = templatesDirectory
      self.check = check
      self.cacheDirectory = cacheDirectory
      self.usesCache = usesCache
    }
  }

  public var request: Request

  public init(_ request: Request) {
    self.request = request
  }

  /// Builds, telling `observer` what it finds and writes; returns the catalog it built (`nil` when the
  /// cache answered).
  @discardableResult
  public func run(
    observer: any BuildObserver, progress: any BuildProgress = NoProgress(),
    timer: PhaseTimer = PhaseTimer(enabled: false)
  ) throws(BuildFailure) -> Catalog? {
    let folder = try DocsFolder.open(
      root: request.docsDirectory, configPath: request.configPath, observer: observer)
    let targets = targets(folder.configuration)
    let outputs = try makeOutputs(targets)
    let cache = self.cache(for: targets, outputs: outputs.map(\.output))
    let manifest = cache?.load()
    let docsHash = timer.measure("fingerprint") { cache?.docsDigest(previous: manifest?.inputFiles ?? []) }
    let docsDigest = docsHash?.digest
    let fingerprint = docsDigest.flatMap {
      cache?.fingerprint(docsDigest: $0, extraInputs: manifest?.extraInputs ?? [])
    }
    if let manifest, manifest.inputs == fingerprint, BuildCache.outputsIntact(manifest) {
      // Nothing to write, but what killed builds left beside the outputs still goes.
      for (_, path) in targets { AtomicFileWriter.removeLeftovers(of: path) }
      observer.observe(.diagnostics(manifest.diagnostics))
      observer.observe(.info("up to date: the docs have not changed since the last build"))
      return nil
    }

    // One pass: each page parsed, its rows read and its site pages rendered (and staged), then let go of.
    var rows: CatalogRows?
    let pass = try PagePass(folder: folder).run(progress: progress, timer: timer) { setup in
      rows = CatalogRows(setup, keepCellRanges: false, keepMarkdown: true)
      return [rows!] + outputs.compactMap { $0.output.pageConsumer(setup) }
    }
    guard let rows else { return nil }
    let (catalog, catalogDiagnostics) = timer.measure("catalog") { rows.catalog() }
    var diagnostics: [Diagnostic] = []
    func report(_ found: [Diagnostic]) {
      observer.observe(.diagnostics(found))
      diagnostics += found
    }
    let built = BuiltDocs(root: folder.root, configuration: pass.setup.configuration, catalog: catalog)
    // Rendering costs little: files are made as they are written. What it finds counts before anything is.
    let rendered = outputs.map { $0.output.render(built) }
    let found =
      (folder.configDiagnostics + pass.diagnostics + catalogDiagnostics).sorted()
      + rendered.flatMap(\.diagnostics)
    report(found)
    let errors = found.filter { $0.severity == .error }.count
    guard errors == 0 else {
      for (output, _) in outputs { output.abandon() }
      throw BuildFailure(.failed, "build failed with \(errors) error\(errors == 1 ? "" : "s"); no output written")
    }

    var written: [String] = []
    var writtenFolders: [String] = []
    var stale: [String] = []
    // Folders first (the site, rendered during the pass), then the files made from the catalog, all at once.
    for folder in rendered.compactMap(\.folder) {
      if request.check {
        stale += staleFiles(in: folder, observer: observer)
      } else {
        try timer.measure("write") { () throws(BuildFailure) in try write(folder, observer: observer) }
        writtenFolders.append(folder.folder)
      }
    }
    let files = rendered.flatMap(\.files)
    let phases = rendered.filter { !$0.files.isEmpty }.map(\.phase)
    returnFreedMemoryToSystem()  // the pages are no longer needed
    if request.check {
      stale += staleFiles(files, observer: observer)
      try reportStale(stale, observer: observer)
      return catalog
    }
    try timer.measure(phases.joined(separator: "+")) { () throws(BuildFailure) in try write(files, observer: observer) }
    written += files.map(\.path)

    if let cache, let docsDigest {
      let extraInputs = self.extraInputs(includes: pass.setup.includes.documents.keys.sorted())
      let records = BuildCache.record(files: written, folders: writtenFolders)
      let stored = BuildManifest(
        inputs: cache.fingerprint(docsDigest: docsDigest, extraInputs: extraInputs),
        extraInputs: extraInputs, outputs: records.files, folders: records.folders, diagnostics: diagnostics,
        inputFiles: docsHash?.files ?? [])
      if let problem = cache.save(stored) {
        observer.observe(.info("note: the build cache was not updated: \(problem)"))
      }
    }
    return catalog
  }

  /// Where each output goes, by key, in the registry's order: the command line's paths, else the
  /// configuration's (relative to the docs folder); with neither, JSON on standard output.
  private func targets(_ configuration: Configuration) -> [(key: String, path: String)] {
    var targets: [(key: String, path: String)] = []
    for output in OutputRegistry.all {
      if let path = request.outputPaths[output.key] ?? configuration.outputs[output.key].map(pathInDocs) {
        targets.append((output.key, path))
      }
    }
    return targets.isEmpty ? [(CatalogJSONOutput.key, "-")] : targets
  }

  /// Each output asked for, made (its templates loaded) before any page is read.
  private func makeOutputs(_ targets: [(key: String, path: String)]) throws(BuildFailure) -> [(
    output: any BuildOutput, key: String
  )] {
    var outputs: [(output: any BuildOutput, key: String)] = []
    for (key, path) in targets {
      guard let type = OutputRegistry.all.first(where: { $0.key == key }) else { continue }
      let settings = OutputSettings(
        docsDirectory: request.docsDirectory, templatesDirectory: request.templatesDirectory,
        isFromCommandLine: request.outputPaths[key] != nil, isCheck: request.check)
      outputs.append((try type.init(path: path, settings: settings), key))
    }
    return outputs
  }

  /// The build cache, unless it is turned off, the build only checks, or an output goes to standard output.
  private func cache(for targets: [(key: String, path: String)], outputs: [any BuildOutput]) -> BuildCache? {
    guard request.usesCache, !request.check, !targets.contains(where: { $0.path == "-" }) else { return nil }
    var options = [("docs", request.docsDirectory), ("config", request.configPath ?? "")]
    for output in OutputRegistry.all {
      options.append((output.key, targets.first { $0.key == output.key }?.path ?? ""))
    }
    for output in outputs { options += output.fingerprintOptions }
    options.append(("templates", request.templatesDirectory ?? ""))
    return BuildCache(
      folder: request.cacheDirectory ?? pathInDocs(BuildCache.defaultFolderName), root: request.docsDirectory,
      options: options, excluded: targets.map(\.path))
  }

  /// Files the build read besides the docs folder's own: the configuration, templates and includes.
  private func extraInputs(includes: [String]) -> [String] {
    var paths = includes.map { pathInDocs($0) }
    if let config = request.configPath { paths.append(config) }
    if let templates = request.templatesDirectory {
      paths += FileTree.files(in: templates).map { templates + "/" + $0 }
    }
    return paths.sorted()
  }

  /// Swaps a folder in (or leaves it, when nothing in it changed).
  private func write(_ folder: OutputFolder, observer: any BuildObserver) throws(BuildFailure) {
    do {
      let written =
        if let staged = folder.staged { try staged.finish() } else {
          try AtomicFileWriter.writeFolder(folder.files, to: folder.folder)
        }
      observer.observe(
        .info(
          written.map { "wrote \(folder.folder)/: \($0) of \(folder.fileCount) files new or changed" }
            ?? "unchanged \(folder.folder)/: \(folder.fileCount) files"))
    } catch {
      throw BuildFailure(.failed, error.description)
    }
  }

  /// Writes the files, each atomically, all at once when they have different paths; a file that cannot be
  /// written is reported and fails the build without stopping the others.
  private func write(_ files: [OutputFile], observer: any BuildObserver) throws(BuildFailure) {
    for file in files where file.path == "-" { observer.observe(.standardOutput(file)) }
    let onDisk = files.filter { $0.path != "-" }
    var failures: [String] = []
    for (file, result) in zip(onDisk, Self.writeAtOnce(onDisk)) {
      switch result {
      case .success(let changed):
        observer.observe(.info("\(changed ? "wrote" : "unchanged") \(file.path): \(file.summary)"))
      case .failure(let failure):
        failures.append(failure.description)
      }
    }
    guard failures.isEmpty else {
      for failure in failures.dropLast() { observer.observe(.problem(failure)) }
      throw BuildFailure(.failed, failures.last!)
    }
  }

  /// Writes each file, each but the first from a thread of its own, so that each still spreads its own work
  /// over the cores (a parallel loop inside another runs on one core).
  private static func writeAtOnce(_ files: [OutputFile]) -> [Result<Bool, AtomicFileWriter.Failure>] {
    let write: @Sendable (OutputFile) -> Result<Bool, AtomicFileWriter.Failure> = { file in
      Result { () throws(AtomicFileWriter.Failure) in
        try AtomicFileWriter.write(to: file.path, produce: file.produce)
      }
    }
    guard files.count > 1, Set(files.map(\.path)).count == files.count else { return files.map(write) }
    let others = ConcurrentResults<Result<Bool, AtomicFileWriter.Failure>>(count: files.count - 1)
    let group = DispatchGroup()
    for (index, file) in files.dropFirst().enumerated() {
      DispatchQueue.global().async(group: group) { others.set(index, write(file)) }
    }
    let first = write(files[0])
    group.wait()
    return [first] + others.values
  }

  /// The files of a folder that differ from those on disk, and those it no longer produces.
  private func staleFiles(in folder: OutputFolder, observer: any BuildObserver) -> [String] {
    var stale: [String] = []
    for relative in FileTree.files(in: folder.folder) where folder.files[relative] == nil {
      stale.append(folder.folder + "/" + relative)
      observer.observe(.problem("\(folder.folder)/\(relative) is stale: the docs no longer produce it"))
    }
    let files = folder.files.map { OutputFile(path: folder.folder + "/" + $0.key, bytes: $0.value, summary: "") }
    return stale + staleFiles(files, observer: observer)
  }

  /// The files that differ from those on disk, each named with what changed.
  private func staleFiles(_ files: [OutputFile], observer: any BuildObserver) -> [String] {
    var stale: [String] = []
    for file in files where file.path != "-" {
      let chunks = file.chunks
      guard !AtomicFileWriter.fileHolds(file.path, chunks) else { continue }
      let existing = FileManager.default.contents(atPath: file.path).map { [UInt8]($0) }
      stale.append(file.path)
      let expected = Array(chunks.joined())
      observer.observe(
        .problem("\(file.path) is stale: \(StaleFileReport.describe(existing: existing, expected: expected))"))
    }
    return stale
  }

  /// Fails naming the command that updates stale files, if there are any.
  private func reportStale(_ stale: [String], observer: any BuildObserver) throws(BuildFailure) {
    guard stale.isEmpty else {
      var command = "doccatalog build \(request.docsDirectory)"
      if let config = request.configPath { command += " --config \(config)" }
      for output in OutputRegistry.all {
        if let path = request.outputPaths[output.key] { command += " --\(output.key) \(path)" }
      }
      if let templates = request.templatesDirectory { command += " --templates \(templates)" }
      throw BuildFailure(
        .failed, "\(stale.count) generated file\(stale.count == 1 ? " is" : "s are") stale; run '\(command)'")
    }
    observer.observe(.info("generated files are up to date"))
  }

  /// A path given relative to the docs folder (as the configuration gives outputs), as a usable path.
  private func pathInDocs(_ path: String) -> String {
    path.hasPrefix("/") ? path : (request.docsDirectory as NSString).appendingPathComponent(path)
  }
}
