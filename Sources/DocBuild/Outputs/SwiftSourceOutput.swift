import SwiftGenerator

/// The catalog as one self-contained Swift file (`--swift`, `outputs.swift`), from the `swift/` templates.
public final class SwiftSourceOutput: BuildOutput {
  public static let key = "swift"
  public static let help = "Where to write the generated Swift source."
  private let path: String
  private let generator: SwiftCatalogGenerator
  /// The command the file's header names for regenerating it.
  private let command: String

  public init(path: String, settings: OutputSettings) throws(BuildFailure) {
    self.path = path
    do {
      generator = try SwiftCatalogGenerator(templatesDirectory: settings.templatesDirectory)
    } catch {
      throw BuildFailure(.usage, error.description)
    }
    command =
      "doccatalog build \(Self.shown(settings.docsDirectory))"
      + (settings.isFromCommandLine ? " --swift \(Self.shown(path))" : "")
  }

  public var fingerprintOptions: [(String, String)] { [("swift-command", command)] }

  public func render(_ built: BuiltDocs) -> RenderedOutput {
    let (catalog, generator, command) = (built.catalog, generator, command)
    let file = OutputFile(path: path, summary: catalog.summary) { consume in
      generator.generate(catalog, command: command, into: consume)
    }
    return RenderedOutput(files: [file], phase: "swift")
  }

  /// A path as generated files show it: relative paths as given, absolute ones by their last component,
  /// so that the output does not depend on where the checkout is.
  static func shown(_ path: String) -> String {
    guard path.hasPrefix("/") else { return path }
    return path.split(separator: "/").last.map(String.init) ?? path
  }
}
