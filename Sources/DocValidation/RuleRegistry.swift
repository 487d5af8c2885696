public import DocModel
import DocParser

/// Every rule, in the order `validate --list-rules` prints them: those parsing reports (in DocParser) and
/// those validation checks across pages and locales (here). The configuration's `rules:`, `--list-rules`
/// and the SARIF log's rule metadata all come from this list. Adding a rule is one type conforming to
/// ``DiagnosticRule`` and one line here.
public enum RuleRegistry {
  nonisolated(unsafe) public static let types: [any DiagnosticRule.Type] = [
    EncodingInvalidUTF8.self,
    EncodingNULByte.self,
    IOUnreadable.self,
    SourceOutsideDocs.self,
    ConfigInvalid.self,
    DocSetMissingLocale.self,
    MarkdownNestingTooDeep.self,
    FrontMatterInvalidYAML.self,
    FrontMatterNotAMapping.self,
    FrontMatterUnterminated.self,
    FrontMatterInvalidLocale.self,
    FrontMatterMissingKey.self,
    FrontMatterInvalidDate.self,
    FrontMatterLocaleMismatch.self,
    TableCellCountMismatch.self,
    TableDelimiterMismatch.self,
    TableEmptyKeyCell.self,
    TableEmptyRow.self,
    TableRendererDifference.self,
    TablePipeInCodeSpan.self,
    CatalogInvalidValue.self,
    CatalogMissingColumn.self,
    CatalogDuplicateKey.self,
    CatalogSymbolCollision.self,
    CatalogNoTable.self,
    CatalogNoPages.self,
    LinkMissingPage.self,
    LinkMissingAnchor.self,
    LinkCaseMismatch.self,
    LinkRedirected.self,
    LinkUnresolvedXref.self, XrefDuplicateUID.self,
    RedirectionInvalidFile.self,
    IncludeMissingFile.self,
    IncludeCycle.self,
    IncludeBudgetExceeded.self,
    DocFXUnknownMarker.self,
    DocFXInvalidAttribute.self,
    DocFXVideoHost.self,
    DocFXVideoUnquoted.self,
    TOCInvalid.self,
    DocFXUnbalancedBlock.self,
    DocFXUnknownConstruct.self, DocFXMissingSnippetRegion.self, DocFXSnippetTooLarge.self,
    LinkMissingFile.self,
    LinkFileCaseMismatch.self,
    SiteMediaTooLarge.self,
    SitePageNameTooLong.self,
    TranslationMissingPage.self,
    TranslationRowAlignment.self,
    TranslationEnumValue.self,
    TranslationLiteralChanged.self,
    TranslationGlossaryTerm.self,
    TranslationStale.self,
  ]

  /// Each rule's id, severity and description, in order.
  public static let all: [Rule] = types.map { $0.rule }

  private static let byID: [String: Rule] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

  /// The rules checked across pages once the doc set is read, in order.
  nonisolated(unsafe) static let validationRules: [any ValidationRule.Type] = types.compactMap {
    $0 as? any ValidationRule.Type
  }

  /// The rule with an id, if there is one.
  public static func rule(named id: String) -> Rule? { byID[id] }
}
