public import DocModel
import DocParser
import DocValidation
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
    /// Whether the configuration's `outputs:` are written (the build-tool plugin writes only its own).
    public var usesConfigurationOutputs: Bool
    /// The command a stale file's message tells to run (a plugin's), instead of the `doccatalog build` one.
    public var regenerateCommand: String?
    /// The generated Swift's settings given on the command line, over the configuration's `swift:`.
    public var swift: SwiftSettings

    public init(
      docsDirectory: String, configPath: String? = nil, outputPaths: [String: String] = [:],
      templatesDirectory: String? = nil, check: Bool = false, cacheDirectory: String? = nil, usesCache: Bool = true,
      usesConfigurationOutputs: Bool = true, regenerateCommand: String? = nil, swift: SwiftSettings = SwiftSettings()
    ) {
      self.swift = swift
      self.docsDirectory = docsDirectory
      self.configPath = configPath
      self.outputPaths = outputPaths
      self.templatesDirectory = templatesDirectory
      self.check = check
      self.cacheDirectory = cacheDirectory
      self.usesCache = usesCache
      self.usesConfigurationOutputs = usesConfigurationOutputs
      self.regenerateCommand = regenerateCommand
    }
  }

  public var request: Request
  /// Pages' results kept in memory by a long-running process (``IncrementalBuild``).
  var memory: PageResultMemory?
  /// Whether the process ends once the build is done (the command line's): what the build made is then left
  /// for the end of the process to release (``HeldUntilExit``) instead of being torn down piece by piece.
  public var endsWithProcess = false

  public init(_ request: Request) {
    self.request = request
  }

  /// Builds, telling `observer` what it finds and writes; returns the catalog it built (`nil` when the
  /// cache answered, or when the catalog was made from what the last build's was and not built again).
  @discardableResult
  public func run(
    observer: any BuildObserver, progress: any BuildProgress = NoProgress(),
    timer: PhaseTimer = PhaseTimer(enabled: false)
  ) throws(BuildFailure) -> Catalog? {
    try checkCommandLineOutputs()
    let held = HeldUntilExit(enabled: endsWithProcess)
    defer { held.leave() }
    let folder = try DocsFolder.open(
      root: request.docsDirectory, configPath: request.configPath, observer: observer,
      replacedOutputs: request.usesConfigurationOutputs
        ? Set(request.outputPaths.keys) : Set(OutputRegistry.all.map { $0.key }),
      checksOutputsOnDisk: !request.check)
    let targets = targets(folder.configuration)
    let outputs = try makeOutputs(targets, swift: swiftSettings(folder.configuration, targets: targets))
    var cache = self.cache(for: targets, outputs: outputs.map(\.output))
    if let problem = cache?.problem() {
      observer.observe(.info("note: the build cache is not used: \(problem)"))
      cache = nil
    }
    let manifest = cache?.load()
    let docsHash = timer.measure("fingerprint") {
      cache?.docsDigest(previous: manifest?.inputFiles ?? [], folders: manifest?.inputFolders ?? [])
    }
    held.hold((folder, outputs, manifest as Any, docsHash as Any))
    let docsDigest = docsHash?.digest
    let fingerprint = docsDigest.flatMap {
      cache?.fingerprint(docsDigest: $0, extraInputs: manifest?.extraInputs ?? [], docsFiles: docsHash?.named ?? [])
    }
    if let manifest, manifest.inputs == fingerprint, BuildCache.outputsIntact(manifest) {
      // Stamps that have settled since they were recorded are recorded, so that the next build need not
      // hash those files, or list the folders, again.
      if let cache, let docsHash, docsHash.folders != manifest.inputFolders || docsHash.files != manifest.inputFiles {
        var settled = manifest
        settled.inputFiles = docsHash.files
        settled.inputFolders = docsHash.folders
        _ = cache.save(settled)
      }
      // Nothing to write, but what killed builds left beside the outputs still goes.
      for (key, path) in targets where path != "-" {
        AtomicFileWriter.removeLeftovers(
          of: path, isFolder: OutputRegistry.all.first { $0.key == key }?.isFolder ?? false)
      }
      observer.observe(.diagnostics(manifest.diagnostics))
      observer.observe(.info("up to date: the docs have not changed since the last build"))
      return nil
    }

    // The kept results are read on another core before anything else starts there: the pass asks for them
    // first (a process that keeps them in memory reads them only when they are not there).
    let prefetchedPack = memory == nil ? cache.map { PrefetchedPack(path: $0.pagesPath) } : nil
    for output in outputs.map(\.output) {
      DispatchQueue.global(qos: .userInitiated).async { output.prepareForPages() }
      if let cache { output.startFromPrevious(keptAt: { cache.previousSitePath(of: $0) }) }
    }
    let docsDigests = docsHash.map { BuildCache.digestsByPath($0.named) }
    // One pass: each page parsed, its rows read and its site pages rendered (and staged), then let go of.
    var rows: CatalogRows?
    var reuse: PageReuse?
    var buildKey: String?
    var readsPages: [Bool] = []
    var xrefs: XrefFindings?
    var sitePages: SitePages?
    // An output that took something before the pass (a site's previous contents) lets go of it when the
    // pass cannot be made.
    let pass: PagePass.Result
    do {
      pass = try passOverPages()
    } catch {
      for (output, _) in outputs { output.abandon() }
      throw error
    }
    func passOverPages() throws(BuildFailure) -> PagePass.Result {
      var pagePass = PagePass(folder: folder)
      pagePass.keptListing = cache.map { KeptPageListing(path: $0.pageListingPath, root: folder.root) }
      return try pagePass.run(progress: progress, timer: timer) {
        setup -> ([any PageConsumer], PageReuse?) in
        let made = CatalogRows(setup, keepCellRanges: false, keepMarkdown: true)
        rows = made
        if let cache, let digests = docsDigests {
          buildKey = self.buildKey(cache: cache, digests: digests, setup: setup)
        }
        // The kept results, being read on another core since the fingerprint (``PrefetchedPack``).
        let store = cache.flatMap { cache in
          buildKey.map { PageResultStore(path: cache.pagesPath, buildKey: $0, prefetched: prefetchedPack) }
        }
        let consumers = outputs.map { $0.output.pageConsumer(setup) }
        readsPages = consumers.map { $0 != nil }
        let others = consumers.compactMap { $0 }
        // Pages' results are kept for the catalog, and for the site when it is the one other consumer.
        let site = others.count == 1 ? others.first as? SitePages : nil
        if others.isEmpty || site != nil, let cache, let digests = docsDigests, let buildKey, let store {
          reuse = PageReuse(store: store, memory: memory, digests: digests, setup: setup, rows: made, site: site)
          site?.indexes.start(buildKey: buildKey, kept: KeptSiteFiles.load(cache.siteIndexesPath))
          site?.media.startKeeping(digests: digests, kept: KeptSiteFiles.load(cache.siteMediaPath))
        }
        sitePages = site
        // Without the site, which finds them as it renders, the xrefs are checked on their own.
        let checksXrefs = others.contains { $0 is SitePages } ? nil : XrefFindings(setup)
        xrefs = checksXrefs
        return ([made] + others + (checksXrefs.map { [$0] } ?? []), reuse)
      }
    }
    held.hold((pass, rows as Any, reuse as Any, xrefs as Any))
    // The results made are kept however the build ends: a failed build's next run parses only what changed.
    // Once the last is made, they are written on another core while the outputs are.
    let resultsWritten = DispatchGroup()
    var writesResults = reuse != nil
    defer {
      if writesResults { reuse?.writeResults(keeping: pass.setup.pages.map(\.path)) }
      resultsWritten.wait()
    }
    guard let rows else { return nil }
    let catalogInputs = buildKey.map {
      CatalogInputs.digest(buildKey: $0, pages: rows.taken, known: reuse?.knownRowDigests ?? [:])
    }
    let makesSite = readsPages.contains(true)
    let catalogOutputs = zip(outputs, readsPages).filter { !$1 }.map(\.0.key)
    // The last build's catalog facts, when its catalog was made from the same inputs and the files made from
    // it alone are as that build left them: the catalog is then neither built nor written.
    let kept = catalogInputs.flatMap {
      keptCatalog(cache: cache, manifest: manifest, inputs: $0, outputs: catalogOutputs, needsRowIDs: makesSite)
    }
    var catalog: Catalog?
    var catalogDiagnostics = kept?.diagnostics ?? []
    var rowIDs = kept?.rowIDs
    if kept == nil {
      let made = timer.measure("catalog") { rows.catalog() }
      catalog = made.0
      catalogDiagnostics = made.1
      if makesSite { rowIDs = CatalogRowLinks.rowIDs(of: made.0) }
    }
    var diagnostics: [Diagnostic] = []
    func report(_ found: [Diagnostic]) {
      observer.observe(.diagnostics(found))
      diagnostics += found
    }
    let configuration = pass.setup.configuration
    let built = BuiltDocs(
      root: folder.root, configuration: configuration,
      catalog: catalog
        ?? Catalog(
          sourceLocale: configuration.sourceLocale, locales: [], catalogs: [], pages: [], entries: []),
      rowIDs: rowIDs)
    // Rendering costs little: files are made as they are written. What it finds counts before anything is.
    // An output made from the catalog alone, when the catalog is the last build's, is as that build left it.
    var keptOutputs = (kept?.outputs ?? []).makeIterator()
    let rendered = zip(outputs, readsPages).map { output, reads in
      guard kept != nil, !reads, let keptOutput = keptOutputs.next() else { return output.output.render(built) }
      return RenderedOutput(
        files: keptOutput.files.map { OutputFile(path: $0.path, summary: $0.summary) { _ in } }, phase: keptOutput.phase
      )
    }
    held.hold((built, rendered))
    reuse?.keepSitePages()
    if let reuse {
      writesResults = false
      let pages = pass.setup.pages.map(\.path)
      DispatchQueue.global(qos: .userInitiated).async(group: resultsWritten) { reuse.writeResults(keeping: pages) }
    }
    // The configuration's `rules:` count here as in `validate`: a finding lowered to a warning does not
    // stop the build, one turned off is not reported.
    let found = Validator.withSeverities(
      (folder.configDiagnostics + pass.diagnostics + catalogDiagnostics).sorted() + (xrefs?.findings() ?? [])
        + rendered.flatMap(\.diagnostics),
      configuration: pass.setup.configuration, strict: false)
    report(found)
    let errors = found.filter { $0.severity == .error }.count
    guard errors == 0 else {
      for (output, _) in outputs { output.abandon() }
      throw BuildFailure(.failed, "build failed with \(errors) error\(errors == 1 ? "" : "s"); no output written")
    }

    let folders = rendered.compactMap(\.folder)
    let files = rendered.flatMap(\.files)
    // The files made from the catalog alone, when it is made from what the last build's was, and they are
    // as that build left them: not made again.
    var unchanged: Set<String> = []
    if kept != nil {
      // ``keptCatalog`` found each of them intact.
      for (output, reads) in zip(rendered, readsPages) where !reads { unchanged.formUnion(output.files.map(\.path)) }
    } else if let manifest, let catalogInputs, manifest.catalogInputs == catalogInputs {
      let catalogFiles = Set(zip(rendered, readsPages).filter { !$1 }.flatMap { $0.0.files.map(\.path) })
      let intact = Set(
        manifest.outputs.filter { catalogFiles.contains($0.path) && BuildManifest.outputFile($0.path) == $0 }.map(
          \.path))
      unchanged = catalogFiles.intersection(intact)
    }
    let phases = rendered.filter { !$0.files.isEmpty }.map(\.phase)
    if request.check {
      var stale = folders.flatMap { staleFiles(in: $0, observer: observer) }
      returnFreedMemoryToSystem()  // the pages are no longer needed
      stale += staleFiles(files, observer: observer)
      try reportStale(stale, observer: observer)
      return catalog
    }
    // Every output staged (the site's folder ended, each file written beside its place), then put in place
    // together: none is replaced unless all could be written.
    let sites = try timer.measure("write") { () throws(BuildFailure) in try stage(folders) }
    returnFreedMemoryToSystem()  // the pages are no longer needed
    let staged = try timer.measure(phases.joined(separator: "+")) { () throws(BuildFailure) in
      do throws(BuildFailure) {
        return try stage(files, unchanged: unchanged, observer: observer)
      } catch {
        for (folder, _) in sites { folder.staged?.abandon() }
        throw error
      }
    }
    let leftOver = try timer.measure("replace") { () throws(BuildFailure) in
      try commit(files: staged, sites: sites, observer: observer)
    }
    // The sites' old contents are kept for the next build to start from, or removed (``SiteStaging``).
    for (old, staging) in leftOver { staging.retire(old) }
    let written = files.map(\.path).filter { $0 != "-" }
    let writtenFolders = folders.map(\.folder)

    if let cache, let docsDigest {
      let included = Set(pass.setup.includes.documents.keys).union(reuse?.includedFiles() ?? [])
      // The xrefmaps too: one named like `.xrefmap.yml` is not among the docs' files the digest reads.
      let extraInputs = self.extraInputs(includes: included.sorted() + pass.setup.configuration.xrefmaps)
      // A site file keeps the stamp it was staged with: a rename or a hard link keeps its inode and times.
      var staged: [String: (files: Set<String>, stamps: [String: SiteFileStamp])] = [:]
      for (site, _) in sites {
        if let staging = site.staged { staged[site.folder] = (staging.files, staging.knownStamps) }
      }
      let records = BuildCache.record(files: written, folders: writtenFolders, staged: staged)
      let stored = BuildManifest(
        inputs: cache.fingerprint(docsDigest: docsDigest, extraInputs: extraInputs, docsFiles: docsHash?.named ?? []),
        extraInputs: extraInputs, outputs: records.files, folders: records.folders, diagnostics: diagnostics,
        inputFiles: docsHash?.files ?? [], catalogInputs: catalogInputs, inputFolders: docsHash?.folders ?? [])
      if let problem = cache.save(stored) {
        observer.observe(.info("note: the build cache was not updated: \(problem)"))
      } else if kept == nil, let catalogInputs {
        let made = zip(zip(outputs, rendered), readsPages).filter { !$1 }.map { pair, _ in
          CatalogFacts.Output(
            key: pair.0.key, phase: pair.1.phase,
            files: pair.1.files.map { CatalogFacts.File(path: $0.path, summary: $0.summary) })
        }
        CatalogFacts(inputs: catalogInputs, diagnostics: catalogDiagnostics, outputs: made, rowIDs: rowIDs).save(
          cache.catalogFactsPath)
      }
      if let indexes = sitePages?.indexes.indexes { indexes.save(cache.siteIndexesPath) }
      if let media = sitePages?.media.keptFiles { media.save(cache.siteMediaPath) }
      if reuse != nil { memory?.prune(keeping: pass.setup.pages.map(\.path)) }
    }
    return catalog
  }

  /// The facts of the last build's catalog (``CatalogFacts``) when this build's would be made from the same
  /// `inputs` (``CatalogInputs``), they hold what this build needs (the row ids, for the site), and the
  /// files of `outputs` (the keys of those made from the catalog alone) are as that build left them.
  private func keptCatalog(
    cache: BuildCache?, manifest: BuildManifest?, inputs: String, outputs: [String], needsRowIDs: Bool
  ) -> CatalogFacts? {
    guard let cache, let manifest, manifest.catalogInputs == inputs,
      let facts = CatalogFacts.load(cache.catalogFactsPath, inputs: inputs),
      facts.outputs.map(\.key) == outputs, !needsRowIDs || facts.rowIDs != nil
    else { return nil }
    // A few files among the site's thousands: each is looked for, rather than every record indexed.
    for output in facts.outputs {
      for file in output.files {
        guard let record = manifest.outputs.first(where: { $0.path == file.path }),
          BuildManifest.outputFile(file.path) == record
        else { return nil }
      }
    }
    return facts
  }

  /// What kept page results and the catalog depend on besides the pages: the tool, the options, the
  /// configuration the pass settled on and the templates; none when the configuration file is one the
  /// fingerprint cannot vouch for.
  private func buildKey(cache: BuildCache, digests: [String: String], setup: PagePass.Setup) -> String? {
    var configurationDigest = "none"
    if let configPath = request.configPath {
      guard let digest = InputFingerprint.digest(ofFile: configPath) else { return nil }
      configurationDigest = digest
    } else if setup.configuration.isExplicit {
      guard let digest = digests[ConfigurationLoader.fileName] else { return nil }
      configurationDigest = digest
    }
    let key = cache.pageResultsKey(configurationDigest: configurationDigest, configuration: setup.configuration)
    guard let templates = request.templatesDirectory else { return key }
    // Site pages and the Swift source are made with the templates too.
    var withTemplates = InputFingerprint()
    withTemplates.add("results", key)
    let files = FileTree.files(in: templates).sorted()
    for (file, digest) in zip(files, InputFingerprint.digests(ofFiles: files.map { templates + "/" + $0 })) {
      withTemplates.addFile(file, digest: digest)
    }
    return withTemplates.digest
  }

  /// Where each output goes, by key, in the registry's order: the command line's paths, else the
  /// configuration's (relative to the docs folder); with neither, JSON on standard output.
  private func targets(_ configuration: Configuration) -> [(key: String, path: String)] {
    var targets: [(key: String, path: String)] = []
    for output in OutputRegistry.all {
      let configured = request.usesConfigurationOutputs ? configuration.outputs[output.key].map(pathInDocs) : nil
      if let path = request.outputPaths[output.key] ?? configured {
        targets.append((output.key, path))
      }
    }
    return targets.isEmpty ? [(CatalogJSONOutput.key, "-")] : targets
  }

  /// Fails with a usage error when the command line names an output where none may go: the docs folder, an
  /// ancestor of it, a page, a folder where a file is meant (see ``OutputPlacement``).
  private func checkCommandLineOutputs() throws(BuildFailure) {
    let placement = OutputPlacement(docsDirectory: request.docsDirectory, configPath: request.configPath)
    guard placement.docsFolder != nil else { return }  // opening the docs folder says why
    for output in OutputRegistry.all {
      guard let path = request.outputPaths[output.key], output.isFolder || path != "-" else { continue }
      if let problem = placement.problem(
        path, isFolder: output.isFolder, fromConfiguration: false, checksDisk: !request.check)
      {
        throw BuildFailure(.usage, "--\(output.key) '\(path)' \(problem)")
      }
    }
  }

  /// Each output asked for, made (its templates loaded) before any page is read.
  private func makeOutputs(_ targets: [(key: String, path: String)], swift: SwiftSettings) throws(BuildFailure) -> [(
    output: any BuildOutput, key: String
  )] {
    var outputs: [(output: any BuildOutput, key: String)] = []
    for (key, path) in targets {
      guard let type = OutputRegistry.all.first(where: { $0.key == key }) else { continue }
      let settings = OutputSettings(
        docsDirectory: request.docsDirectory, templatesDirectory: request.templatesDirectory,
        isFromCommandLine: request.outputPaths[key] != nil, isCheck: request.check, swift: swift,
        swiftFromCommandLine: request.swift)
      outputs.append((try type.init(path: path, settings: settings), key))
    }
    return outputs
  }

  /// The generated Swift's settings: the command line's over the configuration's; the String Catalog table
  /// defaults to the name of the String Catalog this build writes, else of the one the configuration names.
  private func swiftSettings(_ configuration: Configuration, targets: [(key: String, path: String)]) -> SwiftSettings {
    let configured = configuration.swift
    var settings = SwiftSettings(
      access: request.swift.access ?? configured.access, strings: request.swift.strings ?? configured.strings,
      table: request.swift.table ?? configured.table)
    // The configuration's String Catalog names the table even when this build does not write it (the
    // build-tool plugin writes the Swift alone), so that every build of the Swift reads the same table.
    let catalogPath =
      targets.first(where: { $0.key == XCStringsOutput.key })?.path ?? configuration.outputs[XCStringsOutput.key]
    if settings.table == nil, let path = catalogPath, path != "-" {
      let name = String(path.split(separator: "/").last ?? "")
      let stem = name.hasSuffix(".xcstrings") ? String(name.dropLast(".xcstrings".count)) : name
      if !stem.isEmpty { settings.table = stem }
    }
    return settings
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

  /// Ends each site's staging folder (see ``SiteStaging/prepare()``); on a failure, drops them all.
  /// - Returns: each folder with the number of its files written anew, `nil` when none changed.
  private func stage(_ folders: [OutputFolder]) throws(BuildFailure) -> [(folder: OutputFolder, written: Int?)] {
    var sites: [(folder: OutputFolder, written: Int?)] = []
    for var folder in folders {
      if folder.staged == nil {
        let staging = SiteStaging(folder: folder.folder)
        for (relative, bytes) in folder.files.sorted(by: { $0.key < $1.key }) { staging.add(relative, bytes) }
        folder.staged = staging
      }
      do {
        sites.append((folder, try folder.staged!.prepare()))
      } catch {
        for other in folders { other.staged?.abandon() }
        for (site, _) in sites { site.staged?.abandon() }
        throw BuildFailure(.failed, error.description)
      }
    }
    return sites
  }

  /// Writes the files to temporary files beside them, all at once when they have different paths (standard
  /// output gets its file now). A file that cannot be written is reported and fails the build, once every
  /// other has been tried; the temporary files are then removed.
  private func stage(
    _ files: [OutputFile], unchanged: Set<String> = [], observer: any BuildObserver
  ) throws(BuildFailure) -> [(file: OutputFile, staged: StagedFile)] {
    for file in files where file.path == "-" { observer.observe(.standardOutput(file)) }
    let onDisk = files.filter { $0.path != "-" }
    // Files known to be unchanged are neither made nor compared: they stay as they are.
    var results = Self.stageAtOnce(onDisk.filter { !unchanged.contains($0.path) }).makeIterator()
    let made = onDisk.map { file in
      unchanged.contains(file.path) ? .success(StagedFile(path: file.path, temporary: nil)) : results.next()!
    }
    var failures: [String] = []
    var staged: [(file: OutputFile, staged: StagedFile)] = []
    for (file, result) in zip(onDisk, made) {
      switch result {
      case .success(let done): staged.append((file, done))
      case .failure(let failure): failures.append(failure.description)
      }
    }
    guard failures.isEmpty else {
      for (_, file) in staged { file.discard() }
      for failure in failures.dropLast() { observer.observe(.problem(failure)) }
      throw BuildFailure(.failed, failures.last! + "; no output written")
    }
    return staged
  }

  /// Puts every staged output in place, one rename after another: the files, then the sites.
  /// - Returns: the folders of files no longer needed that the sites' swaps left (their old contents), each
  ///   with its site's staging, for the caller to retire (``SiteStaging/retire(_:)``).
  ///
  /// Each rename is atomic, but the outputs are not replaced as one: a build killed between two renames
  /// (or a rename that fails, which on one file system is rare) leaves the outputs renamed so far new and
  /// the others old, each whole, with the temporary files of the others (`.NAME.tmp-PID-RANDOM`) beside
  /// them; the next build removes those. A kill after a site's swap, before its old contents are retired,
  /// leaves them in such a folder too.
  private func commit(
    files: [(file: OutputFile, staged: StagedFile)], sites: [(folder: OutputFolder, written: Int?)],
    observer: any BuildObserver
  ) throws(BuildFailure) -> [(old: String, staging: SiteStaging)] {
    var failure: String?
    for (index, (file, staged)) in files.enumerated() {
      do {
        try staged.commit()
        observer.observe(.info("\(staged.changes ? "wrote" : "unchanged") \(file.path): \(file.summary)"))
      } catch {
        for (_, later) in files[(index + 1)...] { later.discard() }
        for (site, _) in sites { site.staged?.abandon() }
        failure = error.description
        break
      }
    }
    if let failure { throw BuildFailure(.failed, failure) }
    var leftOver: [(old: String, staging: SiteStaging)] = []
    for (index, (folder, written)) in sites.enumerated() {
      do {
        if let staging = folder.staged, let old = try staging.swap(leavingOld: true) { leftOver.append((old, staging)) }
      } catch {
        for (later, _) in sites[(index + 1)...] { later.staged?.abandon() }
        for (old, _) in leftOver { AtomicFileWriter.removeTree(old) }
        throw BuildFailure(.failed, error.description)
      }
      observer.observe(
        .info(
          written.map { "wrote \(folder.folder)/: \($0) of \(folder.fileCount) files new or changed" }
            ?? "unchanged \(folder.folder)/: \(folder.fileCount) files"))
    }
    return leftOver
  }

  /// Stages each file, each but the first from a thread of its own, so that each still spreads its own work
  /// over the cores (a parallel loop inside another runs on one core).
  private static func stageAtOnce(_ files: [OutputFile]) -> [Result<StagedFile, AtomicFileWriter.Failure>] {
    let write: @Sendable (OutputFile) -> Result<StagedFile, AtomicFileWriter.Failure> = { file in
      Result { () throws(AtomicFileWriter.Failure) in
        try AtomicFileWriter.stage(to: file.path, produce: file.produce)
      }
    }
    guard files.count > 1, Set(files.map(\.path)).count == files.count else { return files.map(write) }
    let others = ConcurrentResults<Result<StagedFile, AtomicFileWriter.Failure>>(count: files.count - 1)
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
    for relative in FileTree.files(in: folder.folder)
    where folder.files[relative] == nil && relative != OutputPlacement.siteMarker {
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
      if let access = request.swift.access { command += " --swift-access \(access.rawValue)" }
      if let strings = request.swift.strings { command += " --swift-strings \(strings.rawValue)" }
      if let table = request.swift.table { command += " --swift-table \(table)" }
      if let regenerate = request.regenerateCommand { command = regenerate }
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
