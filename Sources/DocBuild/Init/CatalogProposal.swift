public import DocModel

/// What `doccatalog init` proposes for a docs folder: a catalog per shape of error table, and why each other
/// table was left out. A value: the command prints it and writes ``yaml``.
public struct CatalogProposal: Sendable {
  /// A proposed catalog: its definition as `doccatalog.yml` declares it, and why it was proposed so.
  public struct Proposed: Sendable {
    public var definition: CatalogDefinition
    /// The lookup fields to declare, when the definition's defaults (pattern, code and status fields) have none.
    public var declaredLookup: [String]?
    /// Why each field has its type, by field index.
    public var fieldReasons: [String]
    /// The headers that made its tables error tables, as `"Error code" (code)`.
    public var matchedHeaders: [String]
    /// Why its key is what it is.
    public var keyReason: String
    /// How many tables feed it, on how many pages.
    public var tableCount: Int
  }

  /// A table of the source locale that no catalog reads, and why.
  public struct Skipped: Sendable {
    /// The page's path, as diagnostics show it.
    public var file: String
    public var line: Int
    public var reason: String
  }

  public var sourceLocale: String
  public var locales: [String]
  public var catalogs: [Proposed]
  public var skipped: [Skipped]

  /// The proposal as a `doccatalog.yml` file.
  public var yaml: String { ProposalYAML.render(self) }
}
