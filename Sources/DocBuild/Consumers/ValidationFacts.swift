public import DocModel
public import DocParser
public import DocValidation

/// Takes what the validation rules need of each page (front matter, includes, links and anchors) and lets
/// the rest go: the page's blocks at once, its text until a finding needs one of its lines, when it is read
/// again from its file (``DocSet/Page/releaseText(file:)``).
public final class ValidationFacts: PageConsumer {
  /// What the rules need of one page: the page without its blocks, and its links and anchors.
  struct Kept: Sendable {
    var page: DocSet.Page
    var links: PageLinks
  }

  private let pages: ConcurrentResults<Kept>
  private let includes: IncludeLibrary
  /// The anchors of each included file, by path, found once for every page that includes it.
  private let includedAnchors = ConcurrentMemo<String, AnchorSet>()

  public init(_ setup: PagePass.Setup) {
    pages = ConcurrentResults(count: setup.pages.count)
    includes = setup.includes
  }

  public func consume(_ page: PassPage) {
    var kept = DocSet.Page(locale: page.locale, localPath: page.localPath, path: page.path, parsed: page.parsed)
    let links = PageLinks(
      page.document, path: page.path, localPath: page.localPath, includes: includes, ownAnchors: includedAnchors)
    kept.document = page.document.withoutBlocks()
    kept.releaseText(file: page.displayPath)
    pages.set(page.index, Kept(page: kept, links: links))
  }

  /// What the pass took of the page at `index`, once it is consumed.
  func kept(at index: Int) -> Kept? {
    pages[index]
  }

  /// Takes what a page gave in the last validation (``PageReuse``) instead of its parsed page's.
  func restore(_ kept: Kept, index: Int) {
    pages.set(index, kept)
  }

  /// The doc set the rules read: every page without its blocks, in the pass's order.
  public func docSet(_ result: PagePass.Result, diagnostics: [Diagnostic]) -> DocSet {
    var docSet = DocSet(
      root: result.setup.root, configuration: result.setup.configuration, pages: pages.values.map(\.page),
      includes: result.setup.includes.documents, diagnostics: diagnostics)
    docSet.xrefMap = result.setup.xrefMap
    return docSet
  }

  /// Each page's links and anchors, by path.
  public var links: [String: PageLinks] {
    var byPath: [String: PageLinks] = [:]
    for kept in pages.values where byPath[kept.page.path] == nil { byPath[kept.page.path] = kept.links }
    return byPath
  }

  /// The tables of contents of the pass, read, with their links, and what reading them found.
  public static func tablesOfContents(_ setup: PagePass.Setup) -> (
    tables: [(page: DocSet.Page, links: PageLinks)], diagnostics: [Diagnostic]
  ) {
    let boundary = DocsFolderBoundary(root: setup.root)
    let read = ConcurrentMap.map(setup.tablesOfContents) {
      TableOfContents.read($0, root: setup.root, boundary: boundary)
    }
    let tables = read.map { table in
      (
        table.page,
        table.links.map { PageLinks(tableOfContents: $0) } ?? PageLinks(linksOnly: table.page.document)
      )
    }
    let (_, navigationFindings) = TOCNavigation.resolve(
      zip(setup.tablesOfContents, read).map { TOCNavigation.Table(file: $0, entries: $1.entries) }, root: setup.root)
    return (tables, read.flatMap(\.diagnostics) + navigationFindings)
  }

  /// The files the pages included, each read again for its lines, with its links; files that are pages
  /// too are checked as pages already. An included file below a locale's folder is of that locale, so its
  /// links fall back to the source locale's pages as the page's do.
  public func includedFiles(_ result: PagePass.Result, docSet: DocSet) -> [(page: DocSet.Page, links: PageLinks)] {
    let setup = result.setup
    let boundary = DocsFolderBoundary(root: setup.root)
    let locales = Set(setup.configuration.orderedLocales)
    let paths = includes.documents.keys.filter { !docSet.hasPage(atPath: $0) }.sorted()
    return ConcurrentMap.map(paths) { path in
      let file = DocSet.displayPath(path, root: setup.root)
      let parsed = MarkdownParser().parse(contentsOf: file, displayPath: file, within: boundary)
      let parts = path.split(separator: "/", maxSplits: 1)
      let isLocalized = parts.count == 2 && locales.contains(String(parts[0]))
      let page = DocSet.Page(
        locale: isLocalized ? String(parts[0]) : setup.configuration.sourceLocale,
        localPath: isLocalized ? String(parts[1]) : path, path: path, parsed: parsed)
      return (page, PageLinks(linksOnly: parsed.document))
    }
  }
}
