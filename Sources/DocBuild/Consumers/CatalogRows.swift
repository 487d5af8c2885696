public import DocModel
public import DocParser

/// Takes each page's catalog rows (``CatalogBuilder/page(_:locale:localPath:path:root:configuration:keepCellRanges:keepMarkdown:)``),
/// from which the catalog is built once every page is read.
public final class CatalogRows: PageConsumer {
  private let root: String
  private let configuration: Configuration
  private let keepCellRanges: Bool
  private let keepMarkdown: Bool
  private let pages: ConcurrentResults<PageRows>

  /// Rows for `pageCount` pages. With `keepCellRanges`, each row keeps where its cells are (validation
  /// points at them); without `keepMarkdown`, its fields keep their text only (all validation reads).
  public init(_ setup: PagePass.Setup, keepCellRanges: Bool, keepMarkdown: Bool) {
    root = setup.root
    configuration = setup.configuration
    self.keepCellRanges = keepCellRanges
    self.keepMarkdown = keepMarkdown
    pages = ConcurrentResults(count: setup.pages.count)
  }

  public func needsCellMarkdown(_ file: PageFile) -> Bool {
    keepMarkdown && configuration.hasCatalog(onPage: file.localPath)
  }

  public func consume(_ page: PassPage) {
    pages.set(
      page.index,
      PageRows(
        CatalogBuilder.page(
          page.document, locale: page.locale, localPath: page.localPath, path: page.path, root: root,
          configuration: configuration, keepCellRanges: keepCellRanges, keepMarkdown: keepMarkdown)))
  }

  /// Takes the rows a page had in the last build (``PageReuse``) instead of its parsed page's.
  func restore(_ rows: PageRows, index: Int) {
    pages.set(index, rows)
  }

  /// The rows taken from the page at `index`, once it is consumed.
  func page(at index: Int) -> CatalogBuilder.Page? {
    pages[index]?.page
  }

  /// Every page's rows, in the pass's order.
  public var all: [CatalogBuilder.Page] {
    let taken = pages.values
    // Kept rows are read on every core.
    return taken.contains(where: \.isStored) ? ConcurrentMap.map(taken) { $0.page } : taken.map(\.page)
  }

  /// Every page's rows as they were taken, kept rows still in their stored form (``PageRows``).
  var taken: [PageRows] { pages.values }

  /// The catalog of `pages` (``all`` when not given) and what building it found; without `makingEntries`,
  /// the findings only (validation's use).
  public func catalog(of pages: [CatalogBuilder.Page]? = nil, makingEntries: Bool = true) -> (Catalog, [Diagnostic]) {
    CatalogBuilder().build(
      pages ?? all, root: root, configuration: configuration, makingEntries: makingEntries)
  }
}
