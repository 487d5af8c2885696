/// A docs folder's `doccatalog.yml`: the locales, the catalogs and the outputs.
public struct Configuration: Sendable, Hashable {
  /// The locale translations are made from; its rows define the entries.
  public var sourceLocale: String
  /// Every locale folder of the docs, the source locale included.
  public var locales: [String]
  public var catalogs: [CatalogDefinition]
  /// Where `build` writes its outputs, relative to the docs folder.
  public var outputs: Outputs
  /// The file the configuration was read from, if any; `nil` when inferred from the folders.
  public var path: String?
  /// Validation: a severity, or `nil` (off), per rule id; rules not named keep their default.
  public var rules: [String: Diagnostic.Severity?] = [:]
  /// Terms never translated (product names such as Box, Okta, Office 365).
  public var glossary: [String] = []
  /// Front matter keys every page must have.
  public var requiredFrontMatter: [String] = ["title", "description", "ms.date"]
  /// Pages published outside this docs folder (globs on a link's path): links to them are not checked.
  public var externalPages: [String] = []
  /// The site's `editURL` (`site: {editURL: …}`): an `https` address each page's path (relative to the docs
  /// folder) is appended to for its "Edit this page" link; `nil`, no such link.
  public var editURL: String?
  /// The generated Swift's settings (`swift:`).
  public var swift = SwiftSettings()
  /// The hosts whose `[!VIDEO]` addresses the site embeds (`site: {videoHosts: […]}`), in lower case.
  public var videoHosts: [String] = VideoHosts.defaults
  /// The xrefmap files (DocFX's `xrefmap.yml`) xrefs are resolved against, relative to the docs folder.
  public var xrefmaps: [String] = []
  /// Where the configuration names each of ``xrefmaps``.
  public var xrefmapLocations: [SourceLocation] = []

  /// Output paths, relative to the docs folder, by output key (`json`, `swift`, `html`: the keys of the
  /// outputs `build` knows).
  public struct Outputs: Sendable, Hashable {
    private var paths: [String: String]
    /// Where each path is written in the configuration file, by output key, when it was read from one.
    public var locations: [String: SourceLocation] = [:]

    public init(_ paths: [String: String] = [:]) {
      self.paths = paths
    }

    /// The keys of the outputs the configuration names, sorted.
    public var keys: [String] { paths.keys.sorted() }

    /// The path of the output named `key`, if the configuration names one.
    public subscript(key: String) -> String? {
      get { paths[key] }
      set { paths[key] = newValue }
    }
  }

  public init(
    sourceLocale: String, locales: [String], catalogs: [CatalogDefinition] = [], outputs: Outputs = Outputs(),
    path: String? = nil
  ) {
    self.sourceLocale = sourceLocale
    self.locales = locales.contains(sourceLocale) ? locales : [sourceLocale] + locales
    self.catalogs = catalogs
    self.outputs = outputs
    self.path = path
  }

  /// Whether the configuration came from a file; inferred ones skip the checks between locales.
  public var isExplicit: Bool { path != nil }

  /// Whether some catalog reads its rows from the page at `localPath` (its path inside its locale folder).
  public func hasCatalog(onPage localPath: String) -> Bool {
    catalogs.contains { $0.includes(page: localPath) }
  }

  /// The severity of a rule here, or `nil` when it is turned off.
  public func severity(of rule: String, default severity: Diagnostic.Severity) -> Diagnostic.Severity? {
    if let configured = rules[rule] { return configured }
    return severity
  }

  /// The locales with the source locale first, the others in configured order.
  public var orderedLocales: [String] {
    [sourceLocale] + locales.filter { $0 != sourceLocale }
  }
}
