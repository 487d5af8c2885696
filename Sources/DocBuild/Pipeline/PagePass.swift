public import DocModel
public import DocParser

/// The one pass over a docs folder's pages that every command makes: each page is read and parsed once, on
/// every core, handed to the command's consumers, and let go of. Includes are read as pages meet them.
///
/// Consumers are made once the pages are listed, since some need to know every page before they take any
/// (the site renders a locale's stand-in for a page it lacks). Without a configuration file, a page whose
/// path names no locale takes its `ms.contentlocale`: those pages are parsed first, and the configuration's
/// locales are inferred from every page's before the pass goes on.
public struct PagePass: Sendable {
  /// What the consumers are made from: the pass's configuration (inferred without a configuration file),
  /// its pages in order, and the included files.
  public struct Setup: Sendable {
    public var root: String
    public var configuration: Configuration
    /// Every page, sorted by path, each with its locale: a consumer keeps what it takes by the page's index
    /// here.
    public var pages: [PageFile]
    public var includes: IncludeLibrary
    /// The tables of contents (``TableOfContents``), sorted by path: not pages, but `validate` checks their links.
    public var tablesOfContents: [PageFile] = []
    /// The targets of the configuration's xrefmaps, read when the docs folder was opened.
    public var xrefMap = XrefMap()
  }

  /// What the pass found besides what its consumers took.
  public struct Result: Sendable {
    public var setup: Setup
    /// The listing's, the pages' and the includes' findings, unsorted.
    public var diagnostics: [Diagnostic]
  }

  public var folder: DocsFolder
  /// Where the pages listed are kept for the next pass, which takes them from there while the folders
  /// that made the list are as they were (``KeptPageListing``).
  var keptListing: KeptPageListing?

  public init(folder: DocsFolder) {
    self.folder = folder
  }

  /// Lists the pages, makes the consumers with `consumers`, and hands each of them every page.
  public func run(
    progress: any BuildProgress = NoProgress(), timer: PhaseTimer = PhaseTimer(enabled: false),
    consumers makeConsumers: (Setup) throws(BuildFailure) -> [any PageConsumer]
  ) throws(BuildFailure) -> Result {
    try run(progress: progress, timer: timer) { setup throws(BuildFailure) in (try makeConsumers(setup), nil) }
  }

  /// ``run(progress:timer:consumers:)``, taking the pages' results that `PageReuse` (made with the
  /// consumers) still holds instead of parsing those pages, and keeping the others'.
  func run(
    progress: any BuildProgress = NoProgress(), timer: PhaseTimer = PhaseTimer(enabled: false),
    consumers makeConsumers: (Setup) throws(BuildFailure) -> ([any PageConsumer], PageReuse?)
  ) throws(BuildFailure) -> Result {
    let root = folder.root
    let boundary = DocsFolderBoundary(root: root)
    let reader = DocSetReader()
    var (files, diagnostics): ([PageFile], [Diagnostic])
    if let kept = keptListing?.pages(for: folder.configuration) {
      (files, diagnostics) = (kept, [])
    } else {
      let walkStarted = BuildCache.now()
      do {
        let listing = try reader.pageListing(root: root, configuration: folder.configuration)
        (files, diagnostics) = (listing.files, listing.diagnostics)
        keptListing?.keep(listing, for: folder.configuration, walkStarted: walkStarted)
      } catch {
        throw BuildFailure(.usage, error.description)
      }
    }
    files.sort { $0.path < $1.path }
    let tablesOfContents = files.filter { TableOfContents.isTableOfContents($0.path) }
    if !tablesOfContents.isEmpty { files.removeAll { TableOfContents.isTableOfContents($0.path) } }
    // Pages whose locale only their front matter names are parsed first: the configuration needs them. (They
    // come only without a configuration file, so without catalogs: no cell keeps its Markdown.)
    let videoHosts = Set(folder.configuration.videoHosts)
    let unlocated = files.indices.filter { files[$0].locale == nil }
    var early: [Int: ParsedPage] = [:]
    if !unlocated.isEmpty {
      let listed = files
      let parsed = ConcurrentMap.map(unlocated) {
        Self.parse(listed[$0], root: root, boundary: boundary, keepingCellMarkdown: false, videoHosts: videoHosts)
      }
      for (index, page) in zip(unlocated, parsed) {
        early[index] = page
        files[index].locale = Self.frontMatterLocale(page, file: files[index], root: root, diagnostics: &diagnostics)
      }
    }
    let pageFiles = files
    let configuration = Self.configuration(folder.configuration, locales: files.map { $0.locale ?? "und" })
    let includes = IncludeLibrary(root: root)
    var setup = Setup(
      root: root, configuration: configuration,
      pages: pageFiles,
      includes: includes, tablesOfContents: tablesOfContents)
    setup.xrefMap = folder.xrefMap
    let (consumers, reuse) = try makeConsumers(setup)
    let earlyPages = early
    progress.begin("building", total: pageFiles.count)
    let found = timer.measure("pages") {
      ConcurrentMap.map(Array(pageFiles.indices)) { index -> [Diagnostic] in
        defer { progress.advance() }
        let file = pageFiles[index]
        if earlyPages[index] == nil, let reused = reuse?.reuse(file, index: index) { return reused }
        let parsed =
          earlyPages[index]
          ?? Self.parse(
            file, root: root, boundary: boundary,
            keepingCellMarkdown: consumers.contains { $0.needsCellMarkdown(file) }, videoHosts: videoHosts)
        let page = PassPage(
          index: index, locale: file.locale ?? "und", localPath: file.localPath, path: file.path,
          displayPath: DocSet.displayPath(file.path, root: root), parsed: parsed)
        includes.readAll(page.document.includes, in: file.path, localPath: file.localPath)
        let missing = DocSetReader.missingIncludes(
          page.document.includes, page: file.path, localPath: file.localPath, root: root,
          exists: { includes.document(atPath: $0) != nil })
        for consumer in consumers { consumer.consume(page) }
        if earlyPages[index] == nil { reuse?.keep(page, found: parsed.diagnostics + missing) }
        return parsed.diagnostics + missing
      }
    }
    progress.end()
    diagnostics += includes.diagnostics
    if let reuse { diagnostics += reuse.includeDiagnostics() }
    for pageDiagnostics in found { diagnostics += pageDiagnostics }
    return Result(setup: setup, diagnostics: diagnostics)
  }

  /// The locale a page's `ms.contentlocale` names, if it is a language tag; else `und`, with a warning where
  /// a value is written.
  private static func frontMatterLocale(
    _ page: ParsedPage, file: PageFile, root: String, diagnostics: inout [Diagnostic]
  ) -> String {
    let fallback = "und"
    guard let locale = page.document.frontMatter.contentLocale else { return fallback }
    guard LocaleTag.isWellFormed(locale) else {
      let line = page.document.frontMatter.fields.first { $0.key == "ms.contentlocale" }?.line ?? 1
      diagnostics.append(
        FrontMatterInvalidLocale.finding(
          FrontMatterInvalidLocale.notATag(locale, instead: fallback), file: DocSet.displayPath(file.path, root: root),
          line: line, column: 1))
      return fallback
    }
    return locale
  }

  private static func parse(
    _ file: PageFile, root: String, boundary: DocsFolderBoundary, keepingCellMarkdown: Bool, videoHosts: Set<String>
  ) -> ParsedPage {
    var parser = MarkdownParser()
    parser.keepsCellMarkdown = keepingCellMarkdown
    parser.videoHosts = videoHosts
    let path = DocSet.displayPath(file.path, root: root)
    return parser.parse(contentsOf: path, displayPath: path, within: boundary)
  }

  /// The configuration as read, or, without a configuration file, the one the pages' locales give: every
  /// locale a page has, the configured source locale if a page has it (by any case), else the first.
  private static func configuration(_ configuration: Configuration, locales: [String]) -> Configuration {
    guard !configuration.isExplicit else { return configuration }
    let found = Set(locales).sorted()
    let source = found.first { $0.lowercased() == configuration.sourceLocale.lowercased() } ?? found.first
    return Configuration(sourceLocale: source ?? configuration.sourceLocale, locales: found)
  }
}
