import DocModel
import DocParser
import DocValidation
import Foundation
import HTMLGenerator

/// Renders each page's site pages as soon as it is parsed: its own, and those it stands in for in locales
/// that lack it. With a staging folder, each goes there at once and is not kept.
///
/// Pages that hold catalog tables wait for the catalog: their rows carry their entries' ids, which only the
/// whole catalog knows (a translation's rows are aligned to the source's, duplicate keys numbered across
/// pages). They are rendered at once with a marker where each row's id goes (``PageAwaitingRowIDs``), and
/// filled in by ``assemble(rowIDs:)``; one that cannot be filled in is read and rendered again there. Pages
/// with xrefs are kept whole until then: a uid may be another page's, which only the whole pass knows.
///
/// A build that keeps pages' results (``PageReuse``) keeps what each page's site pages were too, with the
/// stamps of the files they were written to (``PageResult/SiteResult``), and hands them back for a page it
/// does not parse. Once the pass is over (the site's previous contents are taken meanwhile), the old site's
/// files are linked into the new one, unless the page's catalog rows now have other ids or its files are no
/// longer as written, when the page is parsed again and rendered.
final class SitePages: PageConsumer {
  let site: SiteGenerator
  let staging: SiteStaging?
  /// The local files the pages name, published with them.
  let media: SiteMedia
  /// The longest file name a file system takes, in bytes.
  static let longestName = 255
  /// Pages whose site file would have a longer name than a file may have: the file and its name's length,
  /// by the page's path in the docs folder.
  private let tooLong = TooLongNames()

  private final class TooLongNames: @unchecked Sendable {
    let lock = ShortLock()
    var pages: [String: (file: String, bytes: Int)] = [:]
  }

  /// The pages whose site file name is too long (see ``longestName``), sorted by path.
  var pagesWithTooLongNames: [(page: String, file: String, bytes: Int)] {
    tooLong.lock.withLock { tooLong.pages.map { ($0.key, $0.value.file, $0.value.bytes) } }.sorted { $0.page < $1.page }
  }

  /// The site's jobs (pages) to render from each page of the pass.
  private let jobsByPage: [[Int]]
  /// Each job's file in the site (``SiteGenerator/filePath(of:)``), by job.
  private let filePaths: [String]
  private let rendered: ConcurrentResults<[(job: Int, page: SiteGenerator.RenderedPage)]>
  /// Whether a page (by its path inside its locale folder) holds catalog rows, and waits for the catalog.
  private let waitsForCatalog: @Sendable (String) -> Bool
  /// The pages waiting for the whole pass (they have xrefs), by index in the pass.
  private let waiting: ConcurrentResults<SiteGenerator.Page?>
  /// The site pages of a page waiting for the catalog's row ids only, in the order of its jobs, with the
  /// page's place in the docs.
  private struct AwaitingRowIDs {
    var pages: [PageAwaitingRowIDs]
    var path: String
    var locale: String
    var localPath: String
  }
  /// The pages waiting for the catalog's row ids only, by index in the pass; let go of once placed.
  private let awaitingRowIDs: ConcurrentResults<AwaitingRowIDs?>
  /// The markers of the rows of pages waiting for their ids.
  private let rowIDMarkers = RowIDMarkers()
  /// Whether each page's rendered site pages are kept for the next build; set before the pass starts.
  var keepsResults: Bool {
    get { keeping[0] ?? false }
    set { keeping.set(0, newValue) }
  }
  private let keeping = ConcurrentResults<Bool>(count: 1)
  /// The files each page names, by index in the pass (kept with its result).
  private let references: ConcurrentResults<[FileReferences.Reference]>
  /// Each page's site pages as rendered in this build, when ``keepsResults``.
  private let results: ConcurrentResults<PageResult.SiteResult>
  /// Pages whose site pages were taken from the last build: kept until the pass is over, when the catalog's
  /// row ids and the files show whether they still hold.
  private let restoredWaiting: ConcurrentResults<(result: PageResult.SiteResult, page: PageFile)>
  /// Pages taken from the last build that had to be rendered again (their row ids changed, or their files).
  private let renderedAgain: ConcurrentResults<Bool>
  private let root: String
  /// The xrefmaps' targets; the pages' uids are added once every page is read.
  private let xrefMap: XrefMap
  /// The site's index pages, kept between builds with the pages' results (``SiteIndexKeeping``).
  let indexes = SiteIndexKeeping()
  /// Each page's uid and xrefs, with the page for the lines of findings when it has xrefs.
  private let xrefPages: ConcurrentResults<(checked: XrefChecks.Page, page: DocSet.Page?)?>

  /// Pages of `site`, whose jobs' files are `filePaths` (``SiteGenerator/filePath(of:)``, made once by the
  /// caller, which reserves them).
  init(
    site: SiteGenerator, filePaths: [String], pageCount: Int, staging: SiteStaging?, media: SiteMedia,
    root: String,
    waitsForCatalog: @escaping @Sendable (String) -> Bool = { _ in false }, xrefMap: XrefMap = XrefMap()
  ) {
    self.root = root
    self.xrefMap = xrefMap
    xrefPages = ConcurrentResults(count: pageCount)
    references = ConcurrentResults(count: pageCount)
    results = ConcurrentResults(count: pageCount)
    restoredWaiting = ConcurrentResults(count: pageCount)
    renderedAgain = ConcurrentResults(count: pageCount)
    self.media = media
    self.site = site
    self.staging = staging
    var jobsByPage = [[Int]](repeating: [], count: pageCount)
    for (index, job) in site.jobs.enumerated() { jobsByPage[job.shownIndex].append(index) }
    self.jobsByPage = jobsByPage
    self.filePaths = filePaths
    rendered = ConcurrentResults(count: pageCount)
    self.waitsForCatalog = waitsForCatalog
    waiting = ConcurrentResults(count: pageCount)
    awaitingRowIDs = ConcurrentResults(count: pageCount)
  }

  func consume(_ page: PassPage) {
    let shown = SiteGenerator.Page(
      locale: page.locale, localPath: page.localPath, path: page.path, document: page.document)
    // The files a page names are the same whenever its site pages are rendered: they are taken now.
    let addresses = PageAddresses.of(page.document)
    let references = FileReferences.of(addresses)
    media.add(
      references, pageAt: page.index, pagePath: page.path, displayPath: page.displayPath,
      siteFiles: jobsByPage[page.index].map { filePaths[$0] })
    if keepsResults { self.references.set(page.index, references) }
    let uses = XrefUse.all(in: addresses)
    xrefPages.set(page.index, XrefFindings.entry(of: page, uses: uses))
    if !uses.isEmpty && !jobsByPage[page.index].isEmpty {
      waiting.set(page.index, shown)
      rendered.set(page.index, [])
    } else if waitsForCatalog(page.localPath) && !jobsByPage[page.index].isEmpty {
      waiting.set(page.index, nil)
      let pages = jobsByPage[page.index].map { job in
        PageAwaitingRowIDs(site.jobs[job], shown: shown, site: site, xrefs: xrefMap, markers: rowIDMarkers)
      }
      awaitingRowIDs.set(
        page.index, AwaitingRowIDs(pages: pages, path: page.path, locale: page.locale, localPath: page.localPath))
      rendered.set(page.index, [])
    } else {
      waiting.set(page.index, nil)
      render(shown, index: page.index, rowIDs: [:], xrefs: xrefMap)
    }
  }

  /// What the site pages of the page at `index` read besides the page itself (and its includes): each
  /// one's file, locale and id, and what it shows of the rest of the site.
  func key(ofPageAt index: Int) -> String {
    var key = InputFingerprint(capacity: 256)
    let jobs = jobsByPage[index]
    for job in jobs {
      let shown = site.jobs[job]
      key.add("job", filePaths[job])
      key.add("id", shown.id)
      key.add("locale", shown.locale)
      key.add("fallback", shown.isFallback ? "yes" : "no")
    }
    // Every job of a page has the page's id, and shows the same of the rest of the site.
    if let first = jobs.first { key.add("shows", site.otherPagesShown(by: site.jobs[first])) }
    return key.checksum
  }

  /// The site pages of the page at `index` as rendered in this build, if they are to be kept.
  func result(at index: Int) -> PageResult.SiteResult? {
    results[index]
  }

  /// Whether the page at `index` waits for the catalog to be rendered.
  func waitsForCatalog(at index: Int, localPath: String) -> Bool {
    waitsForCatalog(localPath) && !jobsByPage[index].isEmpty
  }

  /// The pages taken from the last build that ``assemble(rowIDs:)`` rendered again.
  var pagesRenderedAgain: [Int] {
    (0..<jobsByPage.count).filter { renderedAgain[$0] == true }
  }

  /// Whether `kept`, the site pages of the page at `index` in the last build, are still its site pages: the
  /// same pages, showing the same of the rest of the site. Whether their files are still as that build wrote
  /// them is seen once the pass is over (``assemble(rowIDs:)``): the previous contents are taken meanwhile.
  func canRestore(_ kept: PageResult.SiteResult, index: Int) -> Bool {
    staging != nil && kept.pages.count == jobsByPage[index].count && kept.stamps.count == kept.pages.count
      && kept.key == key(ofPageAt: index)
  }

  /// Takes `kept` for `page`, the page at `index`, instead of rendering it (``canRestore(_:index:)``): its
  /// files are staged once the pass is over, or the page read and rendered again there when its rows' ids
  /// changed or its files are no longer as written.
  func restore(_ kept: PageResult.SiteResult, page: PageFile, index: Int) {
    media.add(
      kept.references, pageAt: index, pagePath: page.path, displayPath: DocSet.displayPath(page.path, root: root),
      siteFiles: jobsByPage[index].map { filePaths[$0] })
    references.set(index, kept.references)
    // A page with xrefs or a uid is never kept (``PageReuse``): a restored page takes no part in them.
    xrefPages.set(index, nil)
    waiting.set(index, nil)
    restoredWaiting.set(index, (kept, page))
    rendered.set(index, [])
  }

  /// Where each file of `kept`, the site pages of the page at `index` as the last build wrote them, is still
  /// as written (``SiteStaging/holds(_:stamp:)``), in the order of its jobs; `nil` when one is not.
  private func found(_ kept: PageResult.SiteResult, index: Int, in staging: SiteStaging) -> [SiteStaging.Found]? {
    var found: [SiteStaging.Found] = []
    found.reserveCapacity(kept.stamps.count)
    for (job, stamp) in zip(jobsByPage[index], kept.stamps) {
      guard let file = staging.holds(filePaths[job], stamp: stamp) else { return nil }
      found.append(file)
    }
    return found
  }

  /// Stages `kept`, the site pages of the page at `index` as the last build wrote them, where `found` has
  /// just found them (see ``SiteStaging/keep(_:stamp:found:)``).
  private func stage(_ kept: PageResult.SiteResult, index: Int, found: [SiteStaging.Found]) {
    let jobs = jobsByPage[index]
    for (position, (job, stamp)) in zip(jobs, kept.stamps).enumerated() {
      staging?.keep(filePaths[job], stamp: stamp, found: found[position])
    }
    rendered.set(index, Array(zip(jobs, kept.pages)))
  }

  /// Renders the site pages that show `shown`, the page at `index` in the pass.
  private func render(_ shown: SiteGenerator.Page, index: Int, rowIDs: [Int: String], xrefs: XrefMap) {
    place(index: index, path: shown.path, rowIDs: rowIDs) { _, job in
      site.render(site.jobs[job], shown: shown, rowIDs: rowIDs, xrefs: xrefs)
    }
  }

  /// Reads the page at `path` (the page at `index`) again and renders its site pages with `rowIDs`: for a
  /// page whose site pages, kept or rendered before the catalog, cannot be used as they are.
  private func renderAgain(
    path: String, locale: String, localPath: String, index: Int, rowIDs: [Int: String], xrefs: XrefMap
  ) {
    var parser = MarkdownParser()
    parser.keepsCellMarkdown = true
    let file = DocSet.displayPath(path, root: root)
    let parsed = parser.parse(contentsOf: file, displayPath: file, within: DocsFolderBoundary(root: root))
    let shown = SiteGenerator.Page(locale: locale, localPath: localPath, path: path, document: parsed.document)
    render(shown, index: index, rowIDs: rowIDs, xrefs: xrefs)
  }

  /// Takes the site pages of the page at `index` (at `path` in the docs), each made by `page` from its place
  /// among the page's jobs and the job: written to the staging folder at once (then only their titles and
  /// problems are kept), and kept for the next build when ``keepsResults``.
  private func place(
    index: Int, path: String, rowIDs: [Int: String], _ page: (_ position: Int, _ job: Int) -> SiteGenerator.RenderedPage
  ) {
    // Kept only when written to a staging folder, where each file's stamp is taken.
    var kept: [SiteGenerator.RenderedPage]? = keepsResults && staging != nil ? [] : nil
    var stamps: [SiteFileStamp] = []
    rendered.set(
      index,
      jobsByPage[index].enumerated().map { position, job in
        var rendered = page(position, job)
        let file = filePaths[job]
        if let longest = file.split(separator: "/").map(\.utf8.count).max(), longest > Self.longestName {
          // The file system would refuse the name: the page is reported (an error: nothing is written) and
          // the pass goes on, instead of the write failing on it.
          tooLong.lock.withLock {
            if tooLong.pages[path] == nil { tooLong.pages[path] = (file, longest) }
          }
          kept = nil
          rendered.bytes = []
        } else if let staging {
          let stamp = staging.add(file, rendered.bytes, stamped: kept != nil)
          rendered.bytes = []
          if let stamp {
            kept?.append(rendered)
            stamps.append(stamp)
          } else {
            kept = nil
          }
        }
        return (job, rendered)
      })
    if let kept, let references = references[index] {
      results.set(
        index,
        PageResult.SiteResult(
          key: key(ofPageAt: index), references: references, rowIDs: rowIDs, pages: kept, stamps: stamps))
    }
  }

  /// The pages that waited for the catalog, their rows with `rowIDs` (by page path, then line); then the
  /// site's other files (indexes, stylesheet, the local files pages name), staged or returned with the pages
  /// when there is no staging folder; the problems met; the findings about the files named; and those about
  /// the xrefs (``XrefChecks``).
  func assemble(rowIDs: [String: [Int: String]]) -> (
    files: [String: [UInt8]], problems: [RenderProblem], mediaFindings: [Diagnostic], xrefFindings: [Diagnostic]
  ) {
    // The local files the pages name (noted as each was taken) are published on another core while the pages
    // that waited are put in place and the indexes made.
    let published = ConcurrentResults<(findings: [Diagnostic], files: [String: [UInt8]])>(count: 1)
    let publishing = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: publishing) { [media, staging] in
      var files: [String: [UInt8]] = [:]
      let findings = media.publish(staging: staging) { path, bytes in files[path] = bytes }
      published.set(0, (findings, files))
    }
    let (map, xrefFindings) = XrefFindings.check(
      xrefPages.values.compactMap { $0 }, xrefMap: xrefMap, sourceLocale: site.sourceLocaleName)
    let waitingPages = waiting.values.enumerated().compactMap { index, page in page.map { (index, $0) } }
    _ = ConcurrentMap.map(waitingPages) { index, page in
      render(page, index: index, rowIDs: rowIDs[page.path] ?? [:], xrefs: map)
    }
    let restored = (0..<jobsByPage.count).compactMap { index in restoredWaiting[index].map { (index, $0) } }
    _ = ConcurrentMap.map(restored) { index, restored in
      let ids = rowIDs[restored.page.path] ?? [:]
      if restored.result.rowIDs == ids, let staging, let found = found(restored.result, index: index, in: staging) {
        return stage(restored.result, index: index, found: found)
      }
      // Its rows have other ids now, or its files are no longer as written: the page is read again, to be
      // rendered.
      let page = restored.page
      renderAgain(
        path: page.path, locale: page.locale ?? "und", localPath: page.localPath, index: index, rowIDs: ids, xrefs: map)
      renderedAgain.set(index, true)
    }
    // By index, so that each page's marked pages are let go of as it is placed, before the other outputs are
    // rendered.
    let awaiting = (0..<jobsByPage.count).filter { (awaitingRowIDs[$0] ?? nil) != nil }
    _ = ConcurrentMap.map(awaiting) { index in
      guard let awaiting = awaitingRowIDs[index] ?? nil else { return }
      defer { awaitingRowIDs.set(index, nil) }
      let ids = rowIDs[awaiting.path] ?? [:]
      let filled = awaiting.pages.compactMap { $0.filled(with: ids) }
      if filled.count == awaiting.pages.count {
        place(index: index, path: awaiting.path, rowIDs: ids) { position, _ in filled[position] }
      } else {
        renderAgain(
          path: awaiting.path, locale: awaiting.locale, localPath: awaiting.localPath, index: index, rowIDs: ids,
          xrefs: map)
      }
    }
    var pages = [SiteGenerator.RenderedPage?](repeating: nil, count: site.jobs.count)
    for pageJobs in rendered.values {
      for (job, page) in pageJobs { pages[job] = page }
    }
    var (files, problems) = indexes.assemble(site, pages.compactMap { $0 }, staging: staging)
    publishing.wait()
    let media = published[0] ?? ([], [:])
    files.merge(media.files) { index, _ in index }
    return (files, problems, media.findings, xrefFindings)
  }
}
