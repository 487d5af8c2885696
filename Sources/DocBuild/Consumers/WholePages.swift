import DocModel
public import DocParser

/// Keeps every page whole, blocks and text: for tools that want the whole doc set in memory
/// (``DocSetReading``). The commands keep only what they need of each page.
public final class WholePages: PageConsumer {
  private let pages: ConcurrentResults<DocSet.Page>

  public init(_ setup: PagePass.Setup) {
    pages = ConcurrentResults(count: setup.pages.count)
  }

  public func needsCellMarkdown(_ file: PageFile) -> Bool { true }

  public func consume(_ page: PassPage) {
    pages.set(
      page.index, DocSet.Page(locale: page.locale, localPath: page.localPath, path: page.path, parsed: page.parsed))
  }

  /// The doc set: every page in the pass's order, the included files, the pass's findings.
  public func docSet(_ result: PagePass.Result) -> DocSet {
    DocSet(
      root: result.setup.root, configuration: result.setup.configuration, pages: pages.values,
      includes: result.setup.includes.documents, diagnostics: result.diagnostics.sorted())
  }
}
