import ArgumentParser
public import DocModel
public import DocParser
public import DocValidation

/// Reading a docs folder and building its catalog: what `build`, `validate` and `lookup` share.
public struct CatalogBuild: Sendable {
  public var configuration: Configuration
  public var docSet: DocSet
  public var catalog: Catalog
  /// Each page's catalog rows, which validation checks again across locales.
  public var catalogPages: [CatalogBuilder.Page]
  /// Each page's links and anchors, by path, when the pages were read without their blocks.
  public var pageLinks: [String: PageLinks]?
  public var diagnostics: [Diagnostic]

  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  public var hasErrors: Bool { errorCount > 0 }

  /// Reads and builds; a missing folder or configuration file is a usage error (exit code 2).
  ///
  /// Without `keepingBlocks`, each page's catalog rows, links and anchors are taken as soon as it is parsed
  /// and its blocks let go of: the doc set keeps its pages' front matter and includes, which is what
  /// validation needs with ``pageLinks`` and ``catalogPages``; a page's text is read again from its file if
  /// a finding needs its lines (``DocSet/Page/releaseText(file:)``). The rows keep their fields' text without
  /// their Markdown, and the catalog has its findings but no entries: validation reads neither. (Without a
  /// configuration file there are no catalogs, so the locales that front matter names later change no rows.)
  public static func run(docsDirectory: String, configPath: String?, keepingBlocks: Bool = true) throws -> CatalogBuild
  {
    let (configuration, diagnostics) = try configuration(docsDirectory: docsDirectory, configPath: configPath)
    return try run(
      docsDirectory: docsDirectory, configuration: configuration, configDiagnostics: diagnostics,
      keepingBlocks: keepingBlocks)
  }

  /// The configuration alone; an invalid one is reported and ends the command (exit code 1).
  static func configuration(docsDirectory: String, configPath: String?) throws -> (Configuration, [Diagnostic]) {
    do {
      let (configuration, diagnostics) = try DocSetReader().configuration(root: docsDirectory, configPath: configPath)
      guard let configuration else {
        DiagnosticPrinter.standardError.print(diagnostics)
        Console.error("invalid configuration; nothing was built")
        throw ExitCode(1)
      }
      return (configuration, diagnostics)
    } catch let failure as DocSetReader.Failure {
      Console.error(failure.description)
      throw ExitCode(2)
    }
  }

  /// Reads every page with a configuration already loaded, counting parsed pages on `progress`.
  static func run(
    docsDirectory: String, configuration: Configuration, configDiagnostics: [Diagnostic], progress: ProgressLine? = nil,
    timer: PhaseTimer = PhaseTimer(enabled: false), keepingBlocks: Bool = true
  ) throws -> CatalogBuild {
    do {
      var pageDone: (@Sendable () -> Void)?
      if let progress { pageDone = { progress.advance() } }
      let taken = ConcurrentMemo<String, (CatalogBuilder.Page, PageLinks)>()
      var prepare: (@Sendable (inout DocSet.Page) -> Void)?
      if !keepingBlocks {
        prepare = { page in
          let catalogPage = CatalogBuilder.page(
            page.document, locale: page.locale, localPath: page.localPath, path: page.path, root: docsDirectory,
            configuration: configuration, keepMarkdown: false)
          _ = taken.value(for: page.path) { (catalogPage, PageLinks(page.document)) }
          page.document = page.document.withoutBlocks()
          // The rules need a page's lines only for its findings: they are read again then.
          page.releaseText(file: DocSet.displayPath(page.path, root: docsDirectory))
        }
      }
      let docSet = try timer.measure("parse") {
        try DocSetReader().read(
          root: docsDirectory, configuration: configuration,
          pagesFound: { total in progress?.begin("parsing", total: total) }, pageDone: pageDone, prepare: prepare,
          // Only catalog rows read cells' Markdown, and validation's rows keep none.
          keepsCellMarkdown: { keepingBlocks && configuration.hasCatalog(onPage: $0.localPath) })
      }
      progress?.end()
      let found = taken.all
      let (catalogPages, catalog, catalogDiagnostics) = timer.measure("catalog") {
        let pages = keepingBlocks ? CatalogBuilder.pages(of: docSet) : docSet.pages.compactMap { found[$0.path]?.0 }
        let (catalog, diagnostics) = CatalogBuilder().build(
          pages, root: docSet.root, configuration: docSet.configuration, makingEntries: keepingBlocks)
        return (pages, catalog, diagnostics)
      }
      return CatalogBuild(
        configuration: configuration, docSet: docSet, catalog: catalog, catalogPages: catalogPages,
        pageLinks: keepingBlocks ? nil : found.mapValues(\.1),
        diagnostics: (configDiagnostics + docSet.diagnostics + catalogDiagnostics).sorted())
    } catch let failure as DocSetReader.Failure {
      Console.error(failure.description)
      throw ExitCode(2)
    }
  }
}
