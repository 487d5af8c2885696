public import DocModel
public import DocParser
import DocValidation

/// `validate`: one pass over the pages keeping what the rules need of each (front matter, includes, links,
/// anchors, catalog rows), then every rule over the doc set, with the configuration's severities.
public struct ValidationPipeline: Sendable {
  public var docsDirectory: String
  public var configPath: String?
  /// Warnings become errors.
  public var strict: Bool

  /// Pages' results kept in memory by a long-running process (``IncrementalValidation``).
  var memory: PageResultMemory?
  /// Whether the process ends once validation is done (the command line's): what it read is then left for
  /// the end of the process to release (``HeldUntilExit``) instead of being torn down piece by piece.
  public var endsWithProcess = false

  public init(docsDirectory: String, configPath: String? = nil, strict: Bool = false) {
    self.docsDirectory = docsDirectory
    self.configPath = configPath
    self.strict = strict
  }

  /// What validation found, and the doc set it read (whose pages give the findings' lines).
  public struct Result: Sendable {
    public var diagnostics: [Diagnostic]
    public var docSet: DocSet
    /// How many pages were taken from what a long-running validation kept (``IncrementalValidation``)
    /// instead of being parsed.
    public var reusedPages = 0

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  public func run(
    observer: any BuildObserver, progress: any BuildProgress = NoProgress(),
    timer: PhaseTimer = PhaseTimer(enabled: false)
  ) throws(BuildFailure) -> Result {
    let held = HeldUntilExit(enabled: endsWithProcess)
    defer { held.leave() }
    let folder = try DocsFolder.open(root: docsDirectory, configPath: configPath, observer: observer)
    var rows: CatalogRows?
    var facts: ValidationFacts?
    var reuse: PageReuse?
    let digests = memory.map { fingerprint(kept: $0) }
    let pass = try timer.measure("parse") { () throws(BuildFailure) in
      try PagePass(folder: folder).run(progress: progress) { setup -> ([any PageConsumer], PageReuse?) in
        let madeRows = CatalogRows(setup, keepCellRanges: true, keepMarkdown: false)
        let madeFacts = ValidationFacts(setup)
        rows = madeRows
        facts = madeFacts
        if let memory, let digests {
          reuse = pageReuse(memory: memory, digests: digests, setup: setup, rows: madeRows, facts: madeFacts)
        }
        return ([madeRows, madeFacts], reuse)
      }
    }
    if reuse != nil { memory?.prune(keeping: pass.setup.pages.map(\.path)) }
    guard let rows, let facts else { preconditionFailure("the pass makes its consumers") }
    let catalogPages = rows.all
    let (_, catalogDiagnostics) = timer.measure("catalog") { rows.catalog(of: catalogPages, makingEntries: false) }
    let passDiagnostics = pass.diagnostics.sorted()
    let docSet = facts.docSet(pass, diagnostics: passDiagnostics)
    let (tables, tableDiagnostics) = ValidationFacts.tablesOfContents(pass.setup)
    let included = facts.includedFiles(pass, docSet: docSet)
    let found = timer.measure("rules") {
      (folder.configDiagnostics + passDiagnostics + catalogDiagnostics + tableDiagnostics).sorted()
        + Validator().validate(
          docSet, catalogPages: catalogPages, pageLinks: facts.links, tablesOfContents: tables,
          includedFiles: included)
    }
    held.hold((folder, pass, rows, facts, catalogPages, docSet, tables, included, reuse as Any))
    let diagnostics = Validator.applySeverities(found, configuration: docSet.configuration, strict: strict)
    return Result(diagnostics: diagnostics, docSet: docSet, reusedPages: reuse?.reusedCount ?? 0)
  }

  /// The digest of each file of the docs folder now, files whose stamps are as `kept` last saw them not
  /// read again.
  private func fingerprint(kept: PageResultMemory) -> [String: String] {
    let hashed = fingerprintCache.docsDigest(previous: kept.inputFiles)
    kept.inputFiles = hashed.files
    return BuildCache.digestsByPath(hashed.named)
  }

  /// The cache whose fingerprints and keys validation's kept results share with builds' (nothing of it is
  /// written).
  private var fingerprintCache: BuildCache {
    BuildCache(
      folder: docsDirectory + "/" + BuildCache.defaultFolderName, root: docsDirectory,
      options: [("command", "validate"), ("docs", docsDirectory), ("config", configPath ?? "")], excluded: [])
  }

  /// The kept results this validation can take (see ``PageReuse``), keyed by the configuration the pass
  /// settled on; none when the configuration file is one the fingerprint cannot vouch for.
  private func pageReuse(
    memory: PageResultMemory, digests: [String: String], setup: PagePass.Setup, rows: CatalogRows,
    facts: ValidationFacts
  ) -> PageReuse? {
    var configurationDigest = "none"
    if let configPath {
      guard let digest = InputFingerprint.digest(ofFile: configPath) else { return nil }
      configurationDigest = digest
    } else if setup.configuration.isExplicit {
      guard let digest = digests[ConfigurationLoader.fileName] else { return nil }
      configurationDigest = digest
    }
    let key = fingerprintCache.pageResultsKey(
      configurationDigest: configurationDigest, configuration: setup.configuration)
    return PageReuse(memory: memory, buildKey: key, digests: digests, setup: setup, rows: rows, facts: facts)
  }
}
