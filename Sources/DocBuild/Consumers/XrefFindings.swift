import DocModel
import DocParser
import DocValidation

/// Takes each page's uid and xrefs in a build that does not make the site, and finds what the site would
/// have found rendering them (``XrefChecks``): unresolved xrefs and uids two pages declare. A build's
/// findings about a page so do not depend on its outputs. A page with xrefs or a uid is parsed on every build
/// (``PageReuse``), so every such page comes through here.
final class XrefFindings: PageConsumer {
  private let xrefMap: XrefMap
  private let sourceLocale: String
  /// Each page's uid and xrefs, with the page's text for the lines of findings when it has xrefs.
  /// Set for those pages only: pages taken from the last build's results (which have neither) are not
  /// consumed.
  private let pages: ConcurrentResults<(checked: XrefChecks.Page, page: DocSet.Page?)>
  private let pageCount: Int

  init(_ setup: PagePass.Setup) {
    xrefMap = setup.xrefMap
    sourceLocale = setup.configuration.sourceLocale
    pageCount = setup.pages.count
    pages = ConcurrentResults(count: pageCount)
  }

  func consume(_ page: PassPage) {
    if let entry = Self.entry(of: page, uses: XrefUse.all(inParsed: page.parsed)) { pages.set(page.index, entry) }
  }

  /// The uids declared twice, then each page's unresolved xrefs, in the pass's order.
  func findings() -> [Diagnostic] {
    Self.check((0..<pageCount).compactMap { self.pages[$0] }, xrefMap: xrefMap, sourceLocale: sourceLocale).findings
  }

  /// What the checks take of `page`, whose xrefs are `uses`: `nil` for a page with neither xrefs nor a uid.
  static func entry(of page: PassPage, uses: [XrefUse]) -> (checked: XrefChecks.Page, page: DocSet.Page?)? {
    guard !uses.isEmpty || page.document.frontMatter.text("uid") != nil else { return nil }
    let checked = XrefChecks.Page(
      locale: page.locale, localPath: page.localPath, file: page.displayPath, frontMatter: page.document.frontMatter,
      uses: uses)
    // The page's text, for the lines of findings, only when it has xrefs.
    let kept =
      uses.isEmpty
      ? nil
      : DocSet.Page(
        locale: page.locale, localPath: page.localPath, path: page.path,
        document: Document(path: page.path, blocks: []), source: page.parsed.source)
    return (checked, kept)
  }

  /// `xrefMap` with the pages' uids added, and the findings: the uids declared twice, then each page's
  /// unresolved xrefs.
  static func check(
    _ pages: [(checked: XrefChecks.Page, page: DocSet.Page?)], xrefMap: XrefMap, sourceLocale: String
  ) -> (map: XrefMap, findings: [Diagnostic]) {
    let (map, duplicates) = XrefChecks.addingPages(pages.map(\.checked), to: xrefMap, sourceLocale: sourceLocale)
    let unresolved = pages.flatMap { checked, page in
      page.map { XrefChecks.unresolved(checked, map: map, line: $0.line) } ?? []
    }
    return (map, duplicates + unresolved)
  }
}
