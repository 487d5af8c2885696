import DocModel
public import DocParser

/// What the validation rules read: the doc set (whose pages may be without their blocks), each page's links
/// and anchors, each page's catalog rows; and what several rules share, worked out once, the first time a
/// rule asks (the links' findings, the aligned rows' findings).
public final class ValidationInput: @unchecked Sendable {
  public let docSet: DocSet
  let pageLinks: [String: PageLinks]?
  /// The tables of contents (``TableOfContents``), each with its links.
  let tablesOfContents: [(page: DocSet.Page, links: PageLinks)]
  /// The files pages include, each with its links.
  let includedFiles: [(page: DocSet.Page, links: PageLinks)]
  let rows: CatalogRowIndex

  /// The doc set, with `catalogPages` (the rows the catalog was built from, ``CatalogBuilder/pages(of:)``)
  /// and `pageLinks` (each page's links and anchors, by path) when the pages were read without their blocks.
  public init(
    _ docSet: DocSet, catalogPages: [CatalogBuilder.Page]? = nil, pageLinks: [String: PageLinks]? = nil,
    tablesOfContents: [(page: DocSet.Page, links: PageLinks)] = [],
    includedFiles: [(page: DocSet.Page, links: PageLinks)] = []
  ) {
    self.docSet = docSet
    self.pageLinks = pageLinks
    self.tablesOfContents = tablesOfContents
    self.includedFiles = includedFiles
    rows = CatalogRowIndex(catalogPages ?? CatalogBuilder.pages(of: docSet))
  }

  /// Whether the doc set has a configuration file: without one, locales are guessed and the checks
  /// between them are skipped.
  var comparesLocales: Bool { docSet.configuration.isExplicit }

  /// The findings of every link check (``LinkChecks``).
  private(set) lazy var linkFindings: [Diagnostic] = LinkChecks(
    docSet: docSet, pageLinks: pageLinks, tables: tablesOfContents, includedFiles: includedFiles
  ).check()

  /// The findings of the xref checks (``XrefChecks``): duplicate page uids and unresolved xrefs.
  private(set) lazy var xrefFindings: [Diagnostic] = {
    let pages = docSet.pages.map { page in
      XrefChecks.Page(
        locale: page.locale, localPath: page.localPath, file: docSet.displayPath(page),
        frontMatter: page.document.frontMatter,
        uses: pageLinks?[page.path]?.xrefs ?? XrefUse.all(in: page.document))
    }
    let (map, duplicates) = XrefChecks.addingPages(
      pages, to: docSet.xrefMap, sourceLocale: docSet.configuration.sourceLocale)
    return duplicates
      + zip(pages, docSet.pages).flatMap { checked, page in
        checked.uses.isEmpty ? [] : XrefChecks.unresolved(checked, map: map, line: page.line)
      }
  }()

  /// The findings of every check on translated catalog rows (``RowChecks``).
  private(set) lazy var rowFindings: [Diagnostic] =
    comparesLocales ? RowChecks(docSet: docSet, rows: rows).check() : []

  /// Each source page with its translation in each other locale (`nil` where the locale lacks it).
  func translations() -> [(source: DocSet.Page, locale: String, translation: DocSet.Page?)] {
    guard comparesLocales else { return [] }
    let configuration = docSet.configuration
    var pairs: [(source: DocSet.Page, locale: String, translation: DocSet.Page?)] = []
    for source in docSet.pages where source.locale == configuration.sourceLocale {
      for locale in configuration.orderedLocales where locale != configuration.sourceLocale {
        pairs.append((source, locale, docSet.page(source.localPath, locale: locale)))
      }
    }
    return pairs
  }
}
