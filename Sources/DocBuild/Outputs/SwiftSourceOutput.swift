public import DocModel
import SwiftGenerator

/// The catalog as one self-contained Swift file (`--swift`, `outputs.swift`), from the `swift/` templates.
///
/// Its declarations are `internal` unless `--swift-access` or the configuration's `swift.access` says
/// `public`; its translated texts are literals unless `--swift-strings` or `swift.strings` says `catalog`.
public final class SwiftSourceOutput: BuildOutput {
  public static let key = "swift"
  public static let help = "Where to write the generated Swift source."
  /// The access level of the declarations when neither the command line nor the configuration names one.
  public static let defaultAccess = SwiftAccess.internal
  private let path: String
  private let generator: SwiftCatalogGenerator
  /// The command the file's header names for regenerating it.
  private let command: String

  public init(path: String, settings: OutputSettings) throws(BuildFailure) {
    self.path = path
    do {
      generator = try SwiftCatalogGenerator(
        templatesDirectory: settings.templatesDirectory, access: settings.swift.access ?? Self.defaultAccess,
        strings: settings.swift.strings ?? .literals, table: settings.swift.table)
    } catch {
      throw BuildFailure(.usage, error.description)
    }
    let given = settings.swiftFromCommandLine
    command =
      "doccatalog build \(Self.shown(settings.docsDirectory))"
      + (settings.isFromCommandLine ? " --swift \(Self.shown(path))" : "")
      + (given.access.map { " --swift-access \($0.rawValue)" } ?? "")
      + (given.strings.map { " --swift-strings \($0.rawValue)" } ?? "")
      + (given.table.map { " --swift-table \($0)" } ?? "")
    options = [
      ("swift-command", command), ("swift-access", (settings.swift.access ?? Self.defaultAccess).rawValue),
      ("swift-strings", (settings.swift.strings ?? .literals).rawValue), ("swift-table", settings.swift.table ?? ""),
    ]
  }

  /// What the file's bytes depend on besides the catalog.
  private let options: [(String, String)]

  public var fingerprintOptions: [(String, String)] { options }

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
