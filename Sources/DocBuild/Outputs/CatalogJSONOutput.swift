import JSONGenerator

/// The catalog as JSON (`--json`, `outputs.json`); `-` writes it to standard output.
public final class CatalogJSONOutput: BuildOutput {
  public static let key = "json"
  public static let help = "Where to write the catalog JSON ('-' for standard output)."
  private let path: String

  public init(path: String, settings: OutputSettings) {
    self.path = path
  }

  public func render(_ built: BuiltDocs) -> RenderedOutput {
    let catalog = built.catalog
    let file = OutputFile(path: path, summary: catalog.summary) { consume in JSONOutput.encode(catalog, into: consume) }
    return RenderedOutput(files: [file], phase: "json")
  }
}
