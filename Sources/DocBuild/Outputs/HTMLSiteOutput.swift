import Dispatch
import DocModel
import DocParser
import DocValidation
import HTMLGenerator

/// The HTML site (`--html`, `outputs.html`): a folder replaced whole. Each page is rendered as soon as it is
/// parsed (its own, and those it stands in for in locales that lack it) and written to a staging folder
/// beside the site, which the build swaps in once it has no errors.
public final class HTMLSiteOutput: BuildOutput {
  public static let key = "html"
  public static let help = "Where to write the HTML site (a folder, replaced whole)."
  public static let isFolder = true
  private let folder: String
  /// A templates folder's templates, read and checked when the output is made, so that a broken one stops
  /// the build before it starts; `nil` for the built-in ones.
  private let folderTemplates: HTMLTemplates?
  private let isCheck: Bool
  private let state = SiteState()

  /// What the pass leaves: set once, when the pass starts.
  private final class SiteState: @unchecked Sendable {
    var pages: SitePages?
    /// The staging folder, made as soon as the build knows it will render pages and uses the cache: it then
    /// takes the contents the last swap replaced, on another core, while the pages are listed.
    var staging: SiteStaging?
    /// What reading the tables of contents for the navigation found wrong with them.
    var tableFindings: [Diagnostic] = []
  }

  public init(path: String, settings: OutputSettings) throws(BuildFailure) {
    var folder = path
    while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
    self.folder = folder
    isCheck = settings.isCheck
    do {
      folderTemplates = try settings.templatesDirectory.map { directory throws(HTMLTemplates.Failure) in
        try HTMLTemplates(directory: directory)
      }
    } catch {
      throw BuildFailure(.usage, error.description)
    }
  }

  /// Compiles the built-in templates, and has ICU ready to write dates, while the pages are listed: a build
  /// the cache answers never renders a page.
  public func prepareForPages() {
    if folderTemplates == nil { _ = HTMLTemplates.builtIn }
    LocalizedDates.prepare()
  }

  public func startFromPrevious(keptAt previousContents: @escaping @Sendable (String) -> String) {
    guard !isCheck, state.staging == nil else { return }
    // The contents the last swap replaced are taken and looked up on another core while the pages are
    // listed, the site set up and the pages taken: only the files staged wait for them.
    let staging = SiteStaging(folder: folder)
    state.staging = staging
    staging.startFromPrevious(keptAt: previousContents(folder))
  }

  public func pageConsumer(_ setup: PagePass.Setup) -> (any PageConsumer)? {
    let staging = isCheck ? nil : state.staging ?? SiteStaging(folder: folder)
    // The built-in templates are compiled only now (or on another core since the build began): a build the
    // cache answers never renders a page.
    var site = SiteGenerator(
      templates: folderTemplates ?? .builtIn, sourceLocale: setup.configuration.sourceLocale,
      locales: setup.configuration.orderedLocales,
      listing: setup.pages.map { .init(locale: $0.locale ?? "und", localPath: $0.localPath, path: $0.path) },
      includes: setup.includes)
    site.editURL = setup.configuration.editURL
    site.videoHosts = Set(setup.configuration.videoHosts)
    let boundary = DocsFolderBoundary(root: setup.root)
    let tables = ConcurrentMap.map(setup.tablesOfContents) {
      TableOfContents.read($0, root: setup.root, boundary: boundary)
    }
    let (navigation, navigationFindings) = TOCNavigation.resolve(
      zip(setup.tablesOfContents, tables).map { TOCNavigation.Table(file: $0, entries: $1.entries) }, root: setup.root)
    if !navigation.isEmpty {
      site.navigation = SiteNavigation(
        navigation, sourceLocale: setup.configuration.sourceLocale, pages: Set(setup.pages.map(\.localPath)))
    }
    // Only the findings about the tables as tables of contents: `validate` reports the rest (their links).
    state.tableFindings = tables.flatMap { $0.diagnostics.filter { $0.rule == TOCInvalid.id } } + navigationFindings
    // A build that only checks keeps the files, to compare them.
    // The files the site writes itself, which no file the pages name may replace.
    let filePaths = site.jobs.map(SiteGenerator.filePath(of:))
    let reserved =
      Set(filePaths)
      .union(setup.configuration.orderedLocales.map { $0 + "/index.html" })
      .union(["index.html", "style.css", SiteGenerator.codeScriptFile, OutputPlacement.siteMarker])
    let configuration = setup.configuration
    let pages = SitePages(
      site: site, filePaths: filePaths, pageCount: setup.pages.count, staging: staging,
      media: SiteMedia(root: setup.root, reserved: reserved), root: setup.root,
      waitsForCatalog: { configuration.hasCatalog(onPage: $0) }, xrefMap: setup.xrefMap)
    state.pages = pages
    return pages
  }

  public func render(_ built: BuiltDocs) -> RenderedOutput {
    guard let pages = state.pages else { return RenderedOutput(phase: "write") }
    // Each catalog row carries its entry's id, which the catalog's JSON links to.
    let (files, problems, mediaFindings, xrefFindings) = pages.assemble(
      rowIDs: built.rowIDs ?? CatalogRowLinks.rowIDs(of: built.catalog))
    // A page shown in several locales (its own and those that lack it) meets its problems in each.
    var seen: Set<Diagnostic> = []
    let diagnostics =
      problems.map { problem in
        let file = built.root + "/" + problem.file
        switch problem.kind {
        case .includeCycle: return IncludeCycle.finding(problem.message, file: file)
        case .includeTooDeep, .includeTooLarge:
          let message =
            problem.kind == .includeTooDeep
            ? IncludeBudgetExceeded.tooDeep(problem.includePath) : IncludeBudgetExceeded.tooLarge(problem.includePath)
          return IncludeBudgetExceeded.finding(message, file: file, line: problem.line, column: problem.column)
        }
      }
      .filter { seen.insert($0).inserted }
      + pages.pagesWithTooLongNames.map {
        SitePageNameTooLong.finding(
          SitePageNameTooLong.tooLong($0.file, bytes: $0.bytes), file: built.root + "/" + $0.page)
      } + mediaFindings + xrefFindings + state.tableFindings
    return RenderedOutput(
      folder: OutputFolder(folder: folder, files: files, staged: pages.staging), diagnostics: diagnostics,
      phase: "write")
  }

  public func abandon() {
    (state.pages?.staging ?? state.staging)?.abandon()
  }
}
