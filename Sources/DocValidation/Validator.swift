public import DocModel
public import DocParser

/// Runs every validation rule over a read docs folder and its catalog.
///
/// Parsing already reports what it meets (bad UTF-8, invalid YAML, table rows that miss their header,
/// unknown DocFX markers); the validator adds the rules that look across pages and locales: front matter,
/// links and includes, catalog tables, and translations. Severities are the rules' defaults; the
/// configuration's `rules` and `--strict` change them afterwards (``Validator/applySeverities(_:configuration:strict:)``).
public struct Validator: Sendable {
  public init() {}

  /// The findings of every rule; `catalogPages`, the rows the catalog was built from
  /// (``CatalogBuilder/pages(of:)``), spare reading the catalog tables again.
  public func validate(_ docSet: DocSet, catalogPages: [CatalogBuilder.Page]? = nil) -> [Diagnostic] {
    // The groups of rules are independent: they run at once, and the heavier ones spread over the pages.
    let groups: [@Sendable () -> [Diagnostic]] = [
      { FrontMatterRules(docSet: docSet).check() },
      { LinkRules(docSet: docSet).check() },
      { IncludeRules(docSet: docSet).check() },
      {
        guard docSet.configuration.isExplicit else { return [] }
        let rows = CatalogRowIndex(catalogPages ?? CatalogBuilder.pages(of: docSet))
        return TranslationRules(docSet: docSet, rows: rows).check()
      },
    ]
    return ConcurrentMap.map(groups) { $0() }.flatMap { $0 }
  }

  /// Applies the configured severity of each rule (dropping those turned off) and, with `strict`, turns
  /// warnings into errors.
  public static func applySeverities(
    _ diagnostics: [Diagnostic], configuration: Configuration, strict: Bool
  ) -> [Diagnostic] {
    diagnostics.compactMap { diagnostic in
      guard var severity = configuration.severity(of: diagnostic.rule, default: diagnostic.severity) else { return nil }
      if strict && severity == .warning { severity = .error }
      var result = diagnostic
      result.severity = severity
      return result
    }.sorted()
  }
}
