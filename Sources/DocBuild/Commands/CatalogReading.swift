public import DocModel
import DocValidation

/// The catalog of a docs folder, built in memory (what `lookup` reads when it is given no catalog JSON).
public enum CatalogReading {
  /// The catalog; its error findings go to `observer`, and fail.
  public static func catalog(docsDirectory: String, configPath: String?, observer: any BuildObserver)
    throws(BuildFailure) -> Catalog
  {
    let folder = try DocsFolder.open(root: docsDirectory, configPath: configPath, observer: observer)
    var rows: CatalogRows?
    let pass = try PagePass(folder: folder).run { setup in
      rows = CatalogRows(setup, keepCellRanges: true, keepMarkdown: true)
      return [rows!]
    }
    guard let rows else { preconditionFailure("the pass makes its consumers") }
    let (catalog, catalogDiagnostics) = rows.catalog()
    // The configuration's severities count here as in `build` and `validate`.
    let found = Validator.withSeverities(
      folder.configDiagnostics + pass.diagnostics + catalogDiagnostics, configuration: pass.setup.configuration,
      strict: false)
    let errors = found.filter { $0.severity == .error }
    guard errors.isEmpty else {
      observer.observe(.diagnostics(errors.sorted()))
      throw BuildFailure(.failed, "")
    }
    return catalog
  }
}
