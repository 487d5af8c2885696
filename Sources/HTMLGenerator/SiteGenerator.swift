public import DocModel
import Foundation
import TemplateSupport

/// Renders the docs as a static site: one folder per locale with its pages and an index, a root index
/// listing the locales, and the stylesheet. Pure: it returns the files, the caller writes them.
public struct SiteGenerator: Sendable {
  /// A page of one locale.
  public struct Page: Sendable {
    public var locale: String
    /// The path inside the locale folder, such as `errors.md`.
    public var localPath: String
    /// The path relative to the docs folder, such as `ja-JP/errors.md`.
    public var path: String
    public var document: Document

    public init(locale: String, localPath: String, path: String, document: Document) {
      self.locale = locale
      self.localPath = localPath
      self.path = path
      self.document = document
    }
  }

  /// Right-to-left languages, by language code.
  public static let rightToLeftLanguages: Set<String> = ["ar", "he", "fa", "ur", "yi", "ps", "dv", "ug", "ku", "sd"]

  /// Where a page is, without its content: what the site needs to know of every page before it renders any.
  public struct PageListing: Sendable, Hashable {
    public var locale: String
    public var localPath: String
    public var path: String

    public init(locale: String, localPath: String, path: String) {
      self.locale = locale
      self.localPath = localPath
      self.path = path
    }
  }

  /// One HTML page of the site: a page id in a locale, shown from the listed page `shownIndex` (the locale's
  /// own, or the one standing in for it).
  public struct Job: Sendable {
    public var id: String
    public var locale: String
    /// The index, in the listing, of the page whose content is shown.
    public var shownIndex: Int
    public var isFallback: Bool
    /// The id's place among the site's page ids.
    var idIndex: Int
  }

  /// One rendered page.
  public struct RenderedPage: Sendable {
    /// The page's file; a build that writes it at once may let the bytes go (see ``assemble(_:withPages:)``).
    public var bytes: [UInt8]
    public var title: String
    public var isFallback: Bool
    public var problems: [RenderProblem]
    /// Whether the page loads ``SiteGenerator/codeScriptFile``.
    public var usesCodeScript = false

    /// A page rendered before (a build's kept result).
    public init(bytes: [UInt8], title: String, isFallback: Bool, problems: [RenderProblem], usesCodeScript: Bool) {
      self.bytes = bytes
      self.title = title
      self.isFallback = isFallback
      self.problems = problems
      self.usesCodeScript = usesCodeScript
    }
  }

  /// What the page of `job` shows of the rest of the site besides its own page: the locales that have a
  /// page of its id, and those that have pages at all. With the same templates and configuration, a job
  /// for which this is the same renders alike from the same page.
  /// In words: for each locale, `page` or `none`, then the locales with pages, each followed by a space.
  public func otherPagesShown(by job: Job) -> String {
    let flags = hasPageFlags[job.idIndex * locales.count..<(job.idIndex + 1) * locales.count]
    var shown = ""
    shown.reserveCapacity(locales.count * 5 + pagedLocaleNames.utf8.count)
    for hasPage in flags { shown += hasPage ? "page " : "none " }
    return shown + pagedLocaleNames
  }

  /// The script that gives code blocks their copy button, beside the stylesheet when a page has code.
  public static let codeScriptFile = "copy-code.js"

  let templates: HTMLTemplates
  let sourceLocale: String
  let locales: [String]
  let listing: [PageListing]
  /// The pages' content, when the generator was given it whole (``generate(pageDone:)``).
  private let documents: [Document]
  let includes: any IncludeSource
  /// Listing indexes by locale, then path inside the locale folder.
  private let pageIndex: [String: [String: Int]]
  /// Every page of the site, in order.
  public let jobs: [Job]
  /// The address each page's path (relative to the docs folder) is appended to for its "Edit this page"
  /// link (the configuration's `site.editURL`); `nil`, or one that is not `https`, gives no such link.
  public var editURL: String?
  /// The hosts whose `[!VIDEO]` addresses pages embed (the configuration's `site.videoHosts`).
  public var videoHosts: Set<String> = Set(VideoHosts.defaults)
  /// The left navigation and breadcrumbs, from the locales' tables of contents; `nil`, none.
  public var navigation: SiteNavigation?
  /// What xrefs resolve to when ``render(_:shown:rowIDs:xrefs:)`` is given nothing else (as in
  /// ``generate(rowIDs:pageDone:)``); `nil`, none resolves.
  public var xrefMap: XrefMap?
  private let dates = LocalizedDates()
  /// Each locale's strings, and the same escaped for the templates.
  private let localeStrings: [String: (strings: SiteStrings, escaped: [String: TemplateText])]
  /// Each locale's code and name in its own language, escaped, in the order of ``locales``.
  private let languageNames: [(code: String, name: String)]
  /// The locales with pages of their own, with their code and name: the ones pages and locale indexes link
  /// to (a locale without pages has an index only, which the root index alone lists, so that the site does
  /// not grow with the square of the locales configured).
  private let pagedLocales: [(locale: String, names: (code: String, name: String))]
  /// The locales of ``pagedLocales``, each followed by a space (``otherPagesShown(by:)``).
  private let pagedLocaleNames: String
  /// Whether each locale has a page of each id: the flags of an id's locales, in the order of ``locales``,
  /// one id after another (``Job/idIndex``).
  private let hasPageFlags: [Bool]

  /// A generator for `pages`, their content included.
  public init(
    templates: HTMLTemplates, sourceLocale: String, locales: [String], pages: [Page], includes: any IncludeSource
  ) {
    self.init(
      templates: templates, sourceLocale: sourceLocale, locales: locales,
      listing: pages.map { PageListing(locale: $0.locale, localPath: $0.localPath, path: $0.path) },
      documents: pages.map(\.document), includes: includes)
  }

  /// A generator that knows where the pages are but not their content: each page is rendered with
  /// ``render(_:shown:)`` as soon as it is parsed, and the site put together with ``assemble(_:)``.
  public init(
    templates: HTMLTemplates, sourceLocale: String, locales: [String], listing: [PageListing],
    includes: any IncludeSource
  ) {
    self.init(
      templates: templates, sourceLocale: sourceLocale, locales: locales, listing: listing, documents: [],
      includes: includes)
  }

  private init(
    templates: HTMLTemplates, sourceLocale: String, locales: [String], listing: [PageListing],
    documents: [Document], includes: any IncludeSource
  ) {
    self.templates = templates
    self.sourceLocale = sourceLocale
    // Each locale is a folder of the site: a name that is not one folder below it is left out (the reader
    // takes only language tags; this holds whatever a caller passes).
    let locales = ([sourceLocale] + locales.filter { $0 != sourceLocale }).filter(Self.isFolderName)
    self.locales = locales
    self.listing = listing
    self.documents = documents
    self.includes = includes
    var localeStrings: [String: (strings: SiteStrings, escaped: [String: TemplateText])] = [:]
    var languageNames: [(code: String, name: String)] = []
    for locale in locales {
      let strings = templates.strings(for: locale, sourceLocale: sourceLocale)
      localeStrings[locale] = (strings, Self.escapedStrings(strings))
      let name = strings.isTranslated ? strings["languageName"] : locale
      languageNames.append((HTMLEscaping.escape(locale), HTMLEscaping.escape(name)))
    }
    self.localeStrings = localeStrings
    self.languageNames = languageNames
    // Made from the last page back, so that each path keeps its first page's place with one look-up, and a
    // locale's table is taken out while its pages (listed together) are added.
    var index: [String: [String: Int]] = [:]
    var firstByID = [String: Int](minimumCapacity: listing.count)
    var current: (locale: String, pages: [String: Int])?
    for position in listing.indices.reversed() {
      let page = listing[position]
      if current?.locale != page.locale {
        if let current { index[current.locale] = current.pages }
        current = (page.locale, index.removeValue(forKey: page.locale) ?? [String: Int](minimumCapacity: listing.count))
      }
      current?.pages[page.localPath] = position
      firstByID[page.localPath] = position
    }
    if let current { index[current.locale] = current.pages }
    pageIndex = index
    pagedLocales = zip(locales, languageNames).filter { index[$0.0] != nil }.map { ($0, $1) }
    pagedLocaleNames = pagedLocales.map { $0.locale + " " }.joined()
    // Every page id in every locale that has pages of its own: its own page, or the source locale's (else the
    // first listed) in its stead. A locale without pages gets its index only, so that the site stays in
    // proportion to the docs however many locales are configured.
    let pageIDs = Self.orderedUnique(
      listing.filter { $0.locale == sourceLocale }.map(\.localPath) + listing.map(\.localPath))
    var hasPageFlags = [Bool](repeating: false, count: pageIDs.count * locales.count)
    jobs = locales.enumerated().flatMap { localeIndex, locale in
      let own = index[locale]
      return pageIDs.enumerated().compactMap { idIndex, id -> Job? in
        guard let own else { return nil }
        let ownIndex = own[id]
        hasPageFlags[idIndex * locales.count + localeIndex] = ownIndex != nil
        guard ContainedPath.staysInside(id) else { return nil }
        if let ownIndex {
          return Job(id: id, locale: locale, shownIndex: ownIndex, isFallback: false, idIndex: idIndex)
        }
        guard let shown = index[sourceLocale]?[id] ?? firstByID[id] else { return nil }
        return Job(id: id, locale: locale, shownIndex: shown, isFallback: true, idIndex: idIndex)
      }
    }
    self.hasPageFlags = hasPageFlags
  }

  /// The locale translations are made from.
  public var sourceLocaleName: String { sourceLocale }

  /// The number of pages ``generate(pageDone:)`` renders: every page id in every locale.
  public var pageCount: Int { jobs.count }

  /// The site's files by path, and the problems met (includes that could not be rendered).
  /// `rowIDs` are the ids of the catalog rows of each page, by its path (``CatalogRowLinks/rowIDs(of:)``).
  /// `pageDone` is called, from any thread, as each page is rendered.
  public func generate(
    rowIDs: [String: [Int: String]] = [:], pageDone: (@Sendable () -> Void)? = nil
  ) -> (files: [String: [UInt8]], problems: [RenderProblem]) {
    // Pages render independently, on every core.
    let results = ConcurrentMap.map(jobs) { job in
      defer { pageDone?() }
      let shown = listing[job.shownIndex]
      return render(
        job,
        shown: Page(
          locale: shown.locale, localPath: shown.localPath, path: shown.path, document: documents[job.shownIndex]),
        rowIDs: rowIDs[shown.path] ?? [:])
    }
    return assemble(results)
  }

  /// The site from its rendered pages (one per job, in the order of ``jobs``): the pages (unless
  /// `withPages` is false, for a build that wrote each as it was rendered), each locale's index, the root
  /// index and the stylesheet; and the problems met. The index files named in `keptIndexes` (see
  /// ``indexFiles``) are left out, not rendered: the caller has them as they would be.
  public func assemble(
    _ rendered: [RenderedPage], withPages: Bool = true, keptIndexes: Set<String> = []
  ) -> (files: [String: [UInt8]], problems: [RenderProblem]) {
    var files: [String: [UInt8]] = ["style.css": Array(templates.stylesheet.utf8)]
    var problems: [RenderProblem] = []
    // Only the indexes made anew list their pages.
    let listing = Set(locales.filter { !keptIndexes.contains(Self.indexFile(of: $0)) })
    var listed: [String: [[String: Any]]] = [:]
    for (job, result) in zip(jobs, rendered) {
      if withPages { files[Self.filePath(of: job)] = result.bytes }
      problems += result.problems
      if result.usesCodeScript { files[Self.codeScriptFile] = Array(templates.codeScript.utf8) }
      guard listing.contains(job.locale) else { continue }
      listed[job.locale, default: []].append([
        "href": TemplateText(Self.link(Self.htmlPath(job.id))), "title": Self.escaped(result.title),
        "fallback": result.isFallback,
      ])
    }
    for locale in locales where listing.contains(locale) {
      let context = indexContext(locale: locale, pages: listed[locale] ?? [])
      files[Self.indexFile(of: locale)] = Array(templates.render(templates.index, context).utf8)
    }
    if !keptIndexes.contains(Self.rootIndexFile) {
      files[Self.rootIndexFile] = Array(templates.render(templates.root, rootContext()).utf8)
    }
    return (files, problems)
  }

  /// The site's root index, which lists the locales.
  public static let rootIndexFile = "index.html"

  /// The index of `locale`'s pages.
  public static func indexFile(of locale: String) -> String {
    locale + "/index.html"
  }

  /// Each index file of the site (the root index first) with what it shows besides the templates and the
  /// configuration: for a locale's, the locales that have pages (their count first), then each of its pages'
  /// id, title and whether it stands in for the locale's own, from `rendered` (as
  /// ``assemble(_:withPages:keptIndexes:)`` takes them).
  /// With the same templates and configuration, an index for which this is the same renders alike.
  public func indexFiles(_ rendered: [RenderedPage]) -> [(file: String, shows: [String])] {
    var listed: [String: [String]] = [:]
    for (job, result) in zip(jobs, rendered) {
      listed[job.locale, default: []] += [job.id, result.title, result.isFallback ? "fallback" : "own"]
    }
    let paged = [String(pagedLocales.count)] + pagedLocales.map(\.locale)
    return [(Self.rootIndexFile, [])] + locales.map { (Self.indexFile(of: $0), paged + (listed[$0] ?? [])) }
  }

  /// The page of `job`, from `shown`, the listed page at `job.shownIndex` with its content; `rowIDs` are
  /// the ids of its catalog rows by line (``CatalogRowLinks/rowIDs(of:)``).
  /// `xrefs` resolves its xrefs (else ``xrefMap``).
  public func render(_ job: Job, shown: Page, rowIDs: [Int: String] = [:], xrefs: XrefMap? = nil) -> RenderedPage {
    render(job, shown: shown, rowIDs: rowIDs, xrefs: xrefs, markers: nil).page
  }

  /// ``render(_:shown:rowIDs:xrefs:)``, with `markers` written where the page's own rows would take their ids
  /// (``PageAwaitingRowIDs``); also the lines of the marked rows, the ids the page took, and whether the page
  /// holds the renderer's bytes as written (not when a page template made them into text).
  func render(
    _ job: Job, shown: Page, rowIDs: [Int: String], xrefs: XrefMap?, markers: RowIDMarkers?
  ) -> (page: RenderedPage, markedRowLines: [Int], takenIDs: Set<String>, holdsRendererBytes: Bool) {
    let id = job.id
    let locale = job.locale
    let (strings, escapedStrings) = self.strings(of: locale)
    var context = HTMLRenderer.Context(
      strings: strings, pagePath: shown.path, localPath: shown.localPath, includes: includes, rowIDs: rowIDs,
      videoHosts: videoHosts)
    context.rowIDMarkers = markers
    if let map = xrefs ?? xrefMap {
      context.xrefs = XrefLinks(map: map, pagePath: shown.path, siteFile: Self.filePath(of: job), locale: locale)
    }
    var renderer = HTMLRenderer(context: context)
    var (html, headings) = renderer.renderBytes(shown.document)
    let values = pageValues(
      id: id, locale: locale, shown: shown, isFallback: job.isFallback, headings: headings, strings: strings,
      escapedStrings: escapedStrings)
    if renderer.hasCodeBlocks {
      // Beside the stylesheet; loaded after the page is read, so that the page is whole without it.
      let source = values.stylesheet.dropLast("style.css".utf8.count) + Self.codeScriptFile
      html += Array("<script src=\"\(source)\" defer></script>\n".utf8)
    }
    // The page's title heading comes before the table of contents.
    var heading = html[0..<0]
    var body = html[...]
    let headingEnd = Array("</h1>\n".utf8)
    if html.starts(with: "<h1".utf8), let end = html.firstOffset(of: headingEnd).map({ $0 + headingEnd.count }) {
      heading = html[..<end]
      body = html[end...]
    }
    let bytes: [UInt8]
    var holdsRendererBytes = true
    if templates.pageIsBuiltIn {
      bytes = BuiltInPageTemplate.render(values, heading: heading, body: body)
    } else {
      // The template is rendered with markers where the heading and body go, and their bytes are put in their
      // place, rather than made into strings and copied by the template engine: they are most of the page.
      var parts = [(Self.bodyMarker, body)]
      if !heading.isEmpty { parts.append((Self.headingMarker, heading)) }
      let context = values.templateContext(heading: heading.isEmpty ? nil : Self.headingMarker, body: Self.bodyMarker)
      if let spliced = Self.splice(templates.render(templates.page, context), parts) {
        bytes = spliced
      } else {
        let context = values.templateContext(
          heading: heading.isEmpty ? nil : String(decoding: heading, as: UTF8.self),
          body: String(decoding: body, as: UTF8.self))
        bytes = Array(templates.render(templates.page, context).utf8)
        holdsRendererBytes = false
      }
    }
    let page = RenderedPage(
      bytes: bytes, title: title(of: shown), isFallback: job.isFallback,
      problems: renderer.problems, usesCodeScript: renderer.hasCodeBlocks)
    return (page, renderer.markedRowLines, markers == nil ? [] : renderer.ids.taken, holdsRendererBytes)
  }

  /// Stand-ins for the heading and body in the page template: a noncharacter around an `&`, so that an
  /// escaped or transformed use of them no longer matches.
  static let headingMarker = "\u{FFFF}&heading\u{FFFF}"
  static let bodyMarker = "\u{FFFF}&body\u{FFFF}"

  /// The rendered template with each marker replaced by its part's bytes; `nil` when some U+FFFF is left that
  /// is not one of the markers, as a marker escaped or transformed by the template leaves it (or a
  /// noncharacter in the docs' own text): the caller then renders the template with the real text.
  static func splice(_ rendered: String, _ parts: [(marker: String, bytes: ArraySlice<UInt8>)]) -> [UInt8]? {
    let template = Array(rendered.utf8)
    let markers = parts.map { Array($0.marker.utf8) }
    var result: [UInt8] = []
    result.reserveCapacity(template.count + parts.reduce(0) { $0 + $1.bytes.count })
    var start = 0
    var index = 0
    while index + 2 < template.count {
      guard template[index] == 0xEF, template[index + 1] == 0xBF, template[index + 2] == 0xBF else {
        index += 1
        continue
      }
      guard let part = markers.indices.first(where: { template[index...].starts(with: markers[$0]) }) else {
        return nil
      }
      result.append(contentsOf: template[start..<index])
      result.append(contentsOf: parts[part].bytes)
      index += markers[part].count
      start = index
    }
    result.append(contentsOf: template[start...])
    return result
  }

  // MARK: Contexts

  // Every text in a context is a `TemplateText`, which swift-mustache renders without trying a string
  // against each of its protocols (see ``TemplateText``); the page template runs for every page.

  /// Text escaped for HTML, as a template value.
  private static func escaped(_ text: String) -> TemplateText {
    TemplateText(HTMLEscaping.escape(text))
  }

  /// A link the site makes from names (locales, page paths): percent-encoded and held to the URL policy
  /// (``URLPolicy/relativeLink(_:)``), then escaped for HTML.
  static func link(_ path: String) -> String {
    HTMLEscaping.escape(URLPolicy.relativeLink(path))
  }

  /// Whether a locale can be a folder of the site: one name, below it.
  static func isFolderName(_ locale: String) -> Bool {
    ContainedPath.staysInside(locale) && !locale.contains("/")
  }

  private func pageValues(
    id: String, locale: String, shown: Page, isFallback: Bool, headings: [HTMLRenderer.HeadingLink],
    strings: SiteStrings, escapedStrings: [String: TemplateText]
  ) -> PageValues {
    let depth = id.split(separator: "/").count  // locale folder plus the page's own folders
    let up = String(repeating: "../", count: depth)
    let frontMatter = shown.document.frontMatter
    let htmlPath = Self.htmlPath(id)
    var notices: [String] = []
    if isFallback {
      notices.append(HTMLEscaping.escape(strings["fallbackNotice"]))
    } else if frontMatter.isMachineTranslated, locale != sourceLocale, hasPage(id, sourceLocale) {
      let original = up + sourceLocale + "/" + htmlPath
      notices.append(
        HTMLEscaping.escape(strings["machineTranslation"])
          + " <a href=\"\(Self.link(original))\" hreflang=\"\(HTMLEscaping.escape(sourceLocale))\">"
          + HTMLEscaping.escape(strings["readOriginal"]) + "</a>")
    }
    var alternates: [PageValues.Alternate] = []
    for (other, names) in zip(locales, languageNames) where hasPage(id, other) {
      alternates.append(.init(hreflang: names.code, href: Self.link(up + other + "/" + htmlPath)))
    }
    if hasPage(id, sourceLocale) {
      alternates.append(.init(hreflang: "x-default", href: Self.link(up + sourceLocale + "/" + htmlPath)))
    }
    let date = frontMatter.msDate.flatMap { DocDate($0) }
    let navigation = self.navigation?.render(
      page: id, locale: locale, folder: up + Self.link(locale) + "/", label: strings["navigation"],
      breadcrumbsLabel: strings["breadcrumbs"])
    return PageValues(
      lang: HTMLEscaping.escape(locale),
      dir: direction(locale),
      title: HTMLEscaping.escape(title(of: shown)),
      description: frontMatter.description.map(HTMLEscaping.escape),
      author: frontMatter.author.map(HTMLEscaping.escape),
      alternates: alternates,
      stylesheet: up + "style.css",
      home: Self.link(up + locale + "/index.html"),
      strings: escapedStrings,
      languages: pagedLocales.map { other, names in
        .init(
          code: names.code, name: names.name, href: Self.link(up + other + "/" + htmlPath),
          isCurrent: other == locale)
      },
      notices: notices,
      contentLang: isFallback ? HTMLEscaping.escape(shown.locale) : nil,
      dateText: date.map { HTMLEscaping.escape(dates.text(for: $0, locale: locale)) },
      dateISO: date?.iso,
      editLink: editLink(ofPageAt: shown.path),
      navigation: navigation?.navigation,
      breadcrumbs: navigation?.breadcrumbs,
      toc: headings.filter { $0.level == 2 }.map {
        .init(id: HTMLEscaping.escape($0.id), text: HTMLEscaping.escape($0.text))
      })
  }

  /// The "Edit this page" address of the page at `path` in the docs folder: ``editURL`` with the path's
  /// segments percent-encoded, escaped for HTML.
  private func editLink(ofPageAt path: String) -> String? {
    guard let editURL, editURL.lowercased().hasPrefix("https://"), let safe = URLPolicy.safeURL(editURL) else {
      return nil
    }
    return HTMLEscaping.escape(safe + URLPolicy.relativeLink(path))
  }

  private func indexContext(locale: String, pages: [[String: Any]]) -> [String: Any] {
    let (strings, escapedStrings) = self.strings(of: locale)
    return [
      "lang": Self.escaped(locale),
      "dir": TemplateText(direction(locale)),
      "title": Self.escaped(strings["siteTitle"]),
      "stylesheet": TemplateText("../style.css"),
      "rootIndex": TemplateText("../index.html"),
      "alternates": pagedLocales.map {
        ["hreflang": Self.escaped($0.locale), "href": TemplateText(Self.link("../" + $0.locale + "/index.html"))]
      }
        + [
          [
            "hreflang": TemplateText("x-default"),
            "href": TemplateText(Self.link("../" + sourceLocale + "/index.html")),
          ]
        ],
      "languages": languageLinks(pagedLocales, locale: locale, href: { "../" + $0 + "/index.html" }),
      "pages": pages,
      "strings": escapedStrings,
    ]
  }

  private func rootContext() -> [String: Any] {
    let strings = self.strings(of: sourceLocale).strings
    return [
      "lang": Self.escaped(sourceLocale),
      "dir": TemplateText(direction(sourceLocale)),
      "title": Self.escaped(strings["siteTitle"]),
      "languages": languageLinks(
        zip(locales, languageNames).map { ($0, $1) }, locale: "", href: { $0 + "/index.html" }),
    ]
  }

  private func languageLinks(
    _ listed: [(locale: String, names: (code: String, name: String))], locale: String, href: (String) -> String
  ) -> [[String: Any]] {
    listed.map { other, names in
      [
        "code": TemplateText(names.code), "name": TemplateText(names.name),
        "href": TemplateText(Self.link(href(other))),
        "current": other == locale,
      ]
    }
  }

  /// A locale's strings, and the same escaped for the templates.
  private func strings(of locale: String) -> (strings: SiteStrings, escaped: [String: TemplateText]) {
    if let known = localeStrings[locale] { return known }
    let strings = templates.strings(for: locale, sourceLocale: sourceLocale)
    return (strings, Self.escapedStrings(strings))
  }

  private static func escapedStrings(_ strings: SiteStrings) -> [String: TemplateText] {
    let keys = [
      "pages", "languages", "inThisArticle", "generated", "allLanguages", "notTranslated", "nextSteps", "editThisPage",
    ]
    return Dictionary(uniqueKeysWithValues: keys.map { ($0, Self.escaped(strings[$0])) })
  }

  // MARK: Helpers

  private func hasPage(_ localPath: String, _ locale: String) -> Bool {
    pageIndex[locale]?[localPath] != nil
  }

  private func title(of page: Page) -> String {
    if let title = page.document.frontMatter.title { return title }
    if let heading = page.document.headings.first { return PlainText.render(heading.inlines) }
    return page.localPath
  }

  private func direction(_ locale: String) -> String {
    let language = locale.split(separator: "-").first.map { $0.lowercased() } ?? ""
    return Self.rightToLeftLanguages.contains(language) ? "rtl" : "ltr"
  }

  /// `errors.md` → `errors.html`.
  /// The file of a job's page in the site folder: `LOCALE/PATH.html`.
  public static func filePath(of job: Job) -> String {
    job.locale + "/" + htmlPath(job.id)
  }

  static func htmlPath(_ localPath: String) -> String {
    SitePagePath.html(localPath)
  }

  static func orderedUnique(_ values: [String]) -> [String] {
    var seen = Set<String>(minimumCapacity: values.count)
    return values.filter { seen.insert($0).inserted }
  }
}
