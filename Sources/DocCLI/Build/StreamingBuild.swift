import DocModel
import DocParser
import Foundation
import HTMLGenerator

/// A build in one pass over the pages, each parsed once and let go of at once: as soon as a page is parsed,
/// its catalog rows are read and its site pages rendered (its own, and those it stands in for in locales
/// that lack it), and written to the site's staging folder when there is one. Only the rows, the rendered
/// pages' titles and the diagnostics stay, so the build's memory follows the catalog, not the doc set.
///
/// It needs to know every page's locale before parsing any, which a configuration file gives; without
/// one (locales then come from front matter), the build reads the doc set whole (``CatalogBuild``).
struct StreamingBuild {
  var configuration: Configuration
  var catalog: Catalog
  /// Everything the build found, sorted: configuration, pages, includes, catalog.
  var diagnostics: [Diagnostic]
  /// The site's files and the problems met rendering them, when a site is asked for. With a staging folder,
  /// every file went there as it was made, and `files` is empty.
  var site: (files: [String: [UInt8]], problems: [(page: String, message: String)])?
  /// The included files that were read, relative to the docs folder.
  var includePaths: [String]
  /// Where the site's files went, to be swapped in (or dropped, if the build fails).
  var siteStaging: SiteStaging?

  /// What one page leaves behind.
  private struct PageResult: Sendable {
    var catalogPage: CatalogBuilder.Page
    var diagnostics: [Diagnostic]
    var rendered: [(job: Int, page: SiteGenerator.RenderedPage)]
  }

  /// Builds the docs in `root`, with the site when `siteTemplates` are given; `nil` when the configuration
  /// does not name the locales (no configuration file). With `staging`, each site file goes there as soon
  /// as it is rendered, and is not kept.
  static func run(
    root: String, configuration: Configuration, configDiagnostics: [Diagnostic], siteTemplates: HTMLTemplates?,
    staging: SiteStaging? = nil, progress: ProgressLine, timer: PhaseTimer
  ) throws(DocSetReader.Failure) -> StreamingBuild? {
    guard configuration.isExplicit else { return nil }
    let (found, listDiagnostics) = try DocSetReader().pageFiles(root: root, configuration: configuration)
    let files = found.sorted { $0.path < $1.path }  // the order of a DocSet's pages
    let library = IncludeLibrary(root: root)
    let site = siteTemplates.map { templates in
      SiteGenerator(
        templates: templates, sourceLocale: configuration.sourceLocale, locales: configuration.orderedLocales,
        listing: files.map { .init(locale: $0.locale ?? "und", localPath: $0.localPath, path: $0.path) },
        includes: library)
    }
    var jobsByPage = [[Int]](repeating: [], count: files.count)
    for (index, job) in (site?.jobs ?? []).enumerated() { jobsByPage[job.shownIndex].append(index) }
    let pageJobs = jobsByPage

    progress.begin("building", total: files.count)
    let results = timer.measure("pages") {
      ConcurrentMap.map(Array(files.indices)) { index -> PageResult in
        defer { progress.advance() }
        let file = files[index]
        let locale = file.locale ?? "und"
        let path = DocSet.displayPath(file.path, root: root)
        // Only catalog rows read cells' Markdown: the site renders their inlines.
        var parser = MarkdownParser()
        parser.keepsCellMarkdown = configuration.hasCatalog(onPage: file.localPath)
        let parsed = parser.parse(contentsOf: path, displayPath: path)
        let catalogPage = CatalogBuilder.page(
          parsed.document, locale: locale, localPath: file.localPath, path: file.path, root: root,
          configuration: configuration, keepCellRanges: false)
        library.readAll(parsed.document.includes, in: file.path, localPath: file.localPath)
        let missing = DocSetReader.missingIncludes(
          parsed.document.includes, page: file.path, localPath: file.localPath, root: root,
          exists: { library.document(atPath: $0) != nil })
        var rendered: [(job: Int, page: SiteGenerator.RenderedPage)] = []
        if let site {
          let shown = SiteGenerator.Page(
            locale: locale, localPath: file.localPath, path: file.path, document: parsed.document)
          rendered = pageJobs[index].map { job in
            var page = site.render(site.jobs[job], shown: shown)
            if let staging {
              staging.add(SiteGenerator.filePath(of: site.jobs[job]), page.bytes)
              page.bytes = []
            }
            return (job, page)
          }
        }
        return PageResult(catalogPage: catalogPage, diagnostics: parsed.diagnostics + missing, rendered: rendered)
      }
    }
    progress.end()

    let (catalog, catalogDiagnostics) = timer.measure("catalog") {
      CatalogBuilder().build(results.map { $0.catalogPage }, root: root, configuration: configuration)
    }
    var diagnostics = configDiagnostics + listDiagnostics + library.diagnostics + catalogDiagnostics
    for result in results { diagnostics += result.diagnostics }
    var assembled: (files: [String: [UInt8]], problems: [(page: String, message: String)])?
    if let site {
      var pages = [SiteGenerator.RenderedPage?](repeating: nil, count: site.jobs.count)
      for result in results {
        for (job, page) in result.rendered { pages[job] = page }
      }
      assembled = site.assemble(pages.compactMap { $0 }, withPages: staging == nil)
      if let staging, let files = assembled?.files {
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) { staging.add(path, bytes) }
        assembled?.files = [:]
      }
    }
    return StreamingBuild(
      configuration: configuration, catalog: catalog, diagnostics: diagnostics.sorted(), site: assembled,
      includePaths: library.documents.keys.sorted(), siteStaging: staging)
  }
}
