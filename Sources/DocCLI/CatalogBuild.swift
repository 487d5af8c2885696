import ArgumentParser
public import DocModel
public import DocParser

/// Reading a docs folder and building its catalog: what `build` (and later commands) share.
public struct CatalogBuild: Sendable {
  public var configuration: Configuration
  public var docSet: DocSet
  public var catalog: Catalog
  public var diagnostics: [Diagnostic]

  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  public var hasErrors: Bool { errorCount > 0 }

  /// Reads and builds; a missing folder or configuration file is a usage error (exit code 2).
  public static func run(docsDirectory: String, configPath: String?) throws -> CatalogBuild {
    let reader = DocSetReader()
    do {
      let (configuration, configDiagnostics) = try reader.configuration(root: docsDirectory, configPath: configPath)
      guard let configuration else {
        DiagnosticPrinter.standardError.print(configDiagnostics)
        Console.error("invalid configuration; nothing was built")
        throw ExitCode(1)
      }
      let docSet = try reader.read(root: docsDirectory, configuration: configuration)
      let (catalog, catalogDiagnostics) = CatalogBuilder().build(docSet)
      return CatalogBuild(
        configuration: configuration, docSet: docSet, catalog: catalog,
        diagnostics: (configDiagnostics + docSet.diagnostics + catalogDiagnostics).sorted())
    } catch let failure as DocSetReader.Failure {
      Console.error(failure.description)
      throw ExitCode(2)
    }
  }
}
