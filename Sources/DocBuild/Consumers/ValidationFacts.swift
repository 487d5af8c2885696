public import DocModel
public import DocParser
public import DocValidation

/// Takes what the validation rules need of each page (front matter, includes, links and anchors) and lets
/// the rest go: the page's blocks at once, its text until a finding needs one of its lines, when it is read
/// again from its file (``DocSet/Page/releaseText(file:)``).
public final class ValidationFacts: PageConsumer {
  private let pages: ConcurrentResults<(page: DocSet.Page, links: PageLinks)>

  public init(_ setup: PagePass.Setup) {
    pages = ConcurrentResults(count: setup.pages.count)
  }

  public func consume(_ page: PassPage) {
    var kept = DocSet.Page(locale: page.locale, localPath: page.localPath, path: page.path, parsed: page.parsed)
    let links = PageLinks(page.document)
    kept.document = page.document.withoutBlocks()
    kept.releaseText(file: page.displayPath)
    pages.set(page.index, (kept, links))
  }

  /// The doc set the rules read: every page without its blocks, in the pass's order.
  public func docSet(_ result: PagePass.Result, diagnostics: [Diagnostic]) -> DocSet {
    DocSet(
      root: result.setup.root, configuration: result.setup.configuration, pages: pages.values.map(\.page),
      includes: result.setup.includes.documents, diagnostics: diagnostics)
  }

  /// Each page's links and anchors, by path.
  public var links: [String: PageLinks] {
    var byPath: [String: PageLinks] = [:]
    for (page, links) in pages.values where byPath[page.path] == nil { byPath[page.path] = links }
    return byPath
  }
}
