public import DocModel

/// One output of `build`: the catalog JSON, the Swift source, the HTML site, and the next ones. Each is one
/// type in one file, listed in ``OutputRegistry``; the command line's option (`--json`), the configuration's
/// `outputs:` key, `--check`, the cache and `--timings` all come from there.
public protocol BuildOutput: AnyObject, Sendable {
  /// The output's name: the option `--KEY` and the configuration's `outputs.KEY`.
  static var key: String { get }
  /// The option's one-line help.
  static var help: String { get }
  /// Whether the output is a folder, replaced whole (else a file).
  static var isFolder: Bool { get }
  /// Made before any page is read: templates are loaded here, so that a bad one fails before any work.
  init(path: String, settings: OutputSettings) throws(BuildFailure)
  /// Work that only a build that reads pages needs, and that can start before the pages are listed (the
  /// built-in templates compiled, say): called on another thread once the cache did not answer the build.
  func prepareForPages()
  /// A folder output whose new contents may start from those the last swap replaced, which the build cache
  /// keeps at `previousContents(folder)` (``SiteStaging/startFromPrevious(keptAt:)``): called before the
  /// pass when the build uses the cache.
  func startFromPrevious(keptAt previousContents: @escaping @Sendable (String) -> String)
  /// A consumer of every page of the pass, when the output is made from the pages as they are read.
  func pageConsumer(_ setup: PagePass.Setup) -> (any PageConsumer)?
  /// The output, once the pass is over and the catalog built: its files are made as they are written.
  func render(_ built: BuiltDocs) -> RenderedOutput
  /// Options that change the output's bytes beyond its path, for the build cache's fingerprint.
  var fingerprintOptions: [(String, String)] { get }
  /// The build failed before the output was written: drops whatever it staged.
  func abandon()
}

extension BuildOutput {
  public static var isFolder: Bool { false }
  public func prepareForPages() {}
  public func startFromPrevious(keptAt previousContents: @escaping @Sendable (String) -> String) {}
  public func pageConsumer(_ setup: PagePass.Setup) -> (any PageConsumer)? { nil }
  public var fingerprintOptions: [(String, String)] { [] }
  public func abandon() {}
}

/// What every output is made with.
public struct OutputSettings: Sendable {
  /// The docs folder, as given.
  public var docsDirectory: String
  /// A folder of templates replacing the built-in ones.
  public var templatesDirectory: String?
  /// Whether the path came from the command line (rather than from the configuration).
  public var isFromCommandLine: Bool
  /// Whether the build only compares the outputs with the files on disk.
  public var isCheck: Bool
  /// The generated Swift's settings: the command line's over the configuration's `swift:`.
  public var swift = SwiftSettings()
  /// The generated Swift's settings the command line gave, which regenerating the file needs again.
  public var swiftFromCommandLine = SwiftSettings()
}

/// Everything the outputs are made from once the pass is over.
public struct BuiltDocs: Sendable {
  public var root: String
  public var configuration: Configuration
  /// The catalog; empty when the build took the facts of the last build's instead of building it (the
  /// outputs made from the catalog alone are then not rendered, and the site renders with ``rowIDs``).
  public var catalog: Catalog
  /// The anchor of each catalog row (``DocModel/CatalogRowLinks/rowIDs(of:)``), when the build knows them:
  /// always when it makes the site.
  public var rowIDs: [String: [Int: String]]? = nil
}

/// What an output renders: files, made as they are written, and folders, replaced whole.
public struct RenderedOutput: Sendable {
  public var files: [OutputFile] = []
  public var folder: OutputFolder?
  /// Problems met rendering it.
  public var diagnostics: [Diagnostic] = []
  /// The name of its phase for `--timings`.
  public var phase: String
}
