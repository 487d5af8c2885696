import JSONGenerator

/// The JSON Schema of the catalog JSON (`--schema`, `outputs.schema`), made from the configuration's
/// catalogs and fields: each entry checked against its own catalog's.
public final class CatalogSchemaOutput: BuildOutput {
  public static let key = "schema"
  public static let help = "Where to write the JSON Schema of the catalog JSON, with each catalog's fields."
  private let path: String

  public init(path: String, settings: OutputSettings) {
    self.path = path
  }

  public func render(_ built: BuiltDocs) -> RenderedOutput {
    let catalog = built.catalog
    let summary = "\(catalog.catalogs.count) catalogs, \(catalog.catalogs.reduce(0) { $0 + $1.fields.count }) fields"
    let file = OutputFile(path: path, summary: summary) { consume in
      consume(JSONOutput.encode(CatalogSchema.schema(for: catalog)))
    }
    return RenderedOutput(files: [file], phase: "schema")
  }
}
