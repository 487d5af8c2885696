public import DocModel
public import DocParser

/// Runs every validation rule over a read docs folder and its catalog.
///
/// Parsing already reports what it meets (bad UTF-8, invalid YAML, table rows that miss their header,
/// unknown DocFX markers); the validator adds the rules that look across pages and locales, each a
/// ``ValidationRule`` listed in ``RuleRegistry``. Severities are the rules' defaults; the configuration's
/// `rules` and `--strict` change them afterwards (``Validator/applySeverities(_:configuration:strict:)``).
public struct Validator: Sendable {
  public init() {}

  /// The findings of every rule; `catalogPages`, the rows the catalog was built from
  /// (``CatalogBuilder/pages(of:)``), spare reading the catalog tables again.
  ///
  /// A doc set whose pages were read without their blocks (``Document/withoutBlocks()``), to keep memory
  /// low, comes with what the rules need of them: `catalogPages`, with their cells' ranges
  /// (``CatalogBuilder/page(_:locale:localPath:path:root:configuration:keepCellRanges:keepMarkdown:)``),
  /// and each page's `pageLinks`, by path.
  /// `tablesOfContents` are the docs folder's `TOC.md` and `toc.yml` files, and `includedFiles` the files
  /// pages include: not pages, but their links are checked too.
  public func validate(
    _ docSet: DocSet, catalogPages: [CatalogBuilder.Page]? = nil, pageLinks: [String: PageLinks]? = nil,
    tablesOfContents: [(page: DocSet.Page, links: PageLinks)] = [],
    includedFiles: [(page: DocSet.Page, links: PageLinks)] = []
  ) -> [Diagnostic] {
    // The rules run one after another; the heavy ones (links, translated rows) spread over the pages on
    // every core.
    let input = ValidationInput(
      docSet, catalogPages: catalogPages, pageLinks: pageLinks, tablesOfContents: tablesOfContents,
      includedFiles: includedFiles)
    return RuleRegistry.validationRules.flatMap { $0.check(input) }
  }

  /// Applies the configured severity of each rule (dropping those turned off) and, with `strict`, turns
  /// warnings into errors; the findings come back sorted.
  public static func applySeverities(
    _ diagnostics: [Diagnostic], configuration: Configuration, strict: Bool
  ) -> [Diagnostic] {
    withSeverities(diagnostics, configuration: configuration, strict: strict).sorted()
  }

  /// The findings with the configured severity of each rule (those turned off dropped) and, with `strict`,
  /// warnings as errors, in the order given. Every command reports findings through this.
  public static func withSeverities(
    _ diagnostics: [Diagnostic], configuration: Configuration, strict: Bool
  ) -> [Diagnostic] {
    diagnostics.compactMap { diagnostic in
      guard var severity = configuration.severity(of: diagnostic.rule, default: diagnostic.severity) else { return nil }
      if strict && severity == .warning { severity = .error }
      var result = diagnostic
      result.severity = severity
      return result
    }
  }
}
