import JSONGenerator

/// The catalog's texts as an Xcode String Catalog (`--xcstrings`, `outputs.xcstrings`): each entry's fields
/// in every locale, for the system's choice of language and for translation tools.
public final class XCStringsOutput: BuildOutput {
  public static let key = "xcstrings"
  public static let help = "Where to write the catalog's texts as an Xcode String Catalog (.xcstrings)."
  private let path: String

  public init(path: String, settings: OutputSettings) {
    self.path = path
  }

  public func render(_ built: BuiltDocs) -> RenderedOutput {
    let catalog = built.catalog
    let file = OutputFile(path: path, summary: catalog.summary) { consume in
      consume(XCStringsCatalog.encode(catalog))
    }
    return RenderedOutput(files: [file], phase: "xcstrings")
  }
}
