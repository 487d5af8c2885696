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

  public init(docsDirectory: String, configPath: String? = nil, strict: Bool = false) {
    self.docsDirectory = docsDirectory
    self.configPath = configPath
    self.strict = strict
  }

  /// What validation found, and the doc set it read (whose pages give the findings' lines).
  public struct Result: Sendable {
    public var diagnostics: [Diagnostic]
    public var docSet: DocSet

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  public func run(
    observer: any BuildObserver, progress: any BuildProgress = NoProgress(),
    timer: PhaseTimer = PhaseTimer(enabled: false)
  ) throws(BuildFailure) -> Result {
    let folder = try DocsFolder.open(root: docsDirectory, configPath: configPath, observer: observer)
    var rows: CatalogRows?
    var facts: ValidationFacts?
    let pass = try timer.measure("parse") { () throws(BuildFailure) in
      try PagePass(folder: folder).run(progress: progress) { setup in
        rows = CatalogRows(setup, keepCellRanges: true, keepMarkdown: false)
        facts = ValidationFacts(setup)
        return [rows!, facts!]
      }
    }
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
    let diagnostics = Validator.applySeverities(found, configuration: docSet.configuration, strict: strict)
    return Result(diagnostics: diagnostics, docSet: docSet)
  }
}
