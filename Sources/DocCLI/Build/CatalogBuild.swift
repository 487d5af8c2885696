import ArgumentParser
public import DocModel
public import DocParser

/// Reading a docs folder and building its catalog: what `build`, `validate` and `lookup` share.
public struct CatalogBuild: Sendable {
  public var configuration: Configuration
  public var docSet: DocSet
  public var catalog: Catalog
  /// Each page's catalog rows, which validation checks again across locales.
  public var catalogPages: [CatalogBuilder.Page]
  public var diagnostics: [Diagnostic]

  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  public var hasErrors: Bool { errorCount > 0 }

  /// Reads and builds; a missing folder or configuration file is a usage error (exit code 2).
  public static func run(docsDirectory: String, configPath: String?) throws -> CatalogBuild {
    let (configuration, diagnostics) = try configuration(docsDirectory: docsDirectory, configPath: configPath)
    return try run(docsDirectory: docsDirectory, configuration: configuration, configDiagnostics: diagnostics)
  }

  /// The configuration alone; an invalid one is reported and ends the command (exit code 1).
  static func configuration(docsDirectory: String, configPath: String?) throws -> (Configuration, [Diagnostic]) {
    do {
      let (configuration, diagnostics) = try DocSetReader().configuration(root: docsDirectory, configPath: configPath)
      guard let configuration else {
        DiagnosticPrinter.standardError.print(diagnostics)
        Console.error("invalid configuration; nothing was built")
        throw ExitCode(1)
      }
      return (configuration, diagnostics)
    } catch let failure as DocSetReader.Failure {
      Console.error(failure.description)
      throw ExitCode(2)
    }
  }

  /// Reads every page with a configuration already loaded, counting parsed pages on `progress`.
  static func run(
    docsDirectory: String, configuration: Configuration, configDiagnostics: [Diagnostic], progress: ProgressLine? = nil,
    timer: PhaseTimer = PhaseTimer(enabled: false)
  ) throws -> CatalogBuild {
    do {
      var pageDone: (@Sendable () -> Void)?
      if let progress { pageDone = { progress.advance() } }
      let docSet = try timer.measure("parse") {
        try DocSetReader().read(
          root: docsDirectory, configuration: configuration,
          pagesFound: { total in progress?.begin("parsing", total: total) }, pageDone: pageDone)
      }
      progress?.end()
      let (catalogPages, catalog, catalogDiagnostics) = timer.measure("catalog") {
        let pages = CatalogBuilder.pages(of: docSet)
        let (catalog, diagnostics) = CatalogBuilder().build(
          pages, root: docSet.root, configuration: docSet.configuration)
        return (pages, catalog, diagnostics)
      }
      return CatalogBuild(
        configuration: configuration, docSet: docSet, catalog: catalog, catalogPages: catalogPages,
        diagnostics: (configDiagnostics + docSet.diagnostics + catalogDiagnostics).sorted())
    } catch let failure as DocSetReader.Failure {
      Console.error(failure.description)
      throw ExitCode(2)
    }
  }
}
