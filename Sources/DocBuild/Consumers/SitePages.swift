import DocModel
import Foundation
import HTMLGenerator

/// Renders each page's site pages as soon as it is parsed: its own, and those it stands in for in locales
/// that lack it. With a staging folder, each goes there at once and is not kept.
///
/// Pages that hold catalog tables wait for the catalog: their rows carry their entries' ids, which only the
/// whole catalog knows (a translation's rows are aligned to the source's, duplicate keys numbered across
/// pages). They are kept until ``assemble(rowIDs:)``.
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
    let lock = NSLock()
    var pages: [String: (file: String, bytes: Int)] = [:]
  }

  /// The pages whose site file name is too long (see ``longestName``), sorted by path.
  var pagesWithTooLongNames: [(page: String, file: String, bytes: Int)] {
    tooLong.lock.withLock { tooLong.pages.map { ($0.key, $0.value.file, $0.value.bytes) } }.sorted { $0.page < $1.page }
  }

  /// The site's jobs (pages) to render from each page of the pass.
  private let jobsByPage: [[Int]]
  private let rendered: ConcurrentResults<[(job: Int, page: SiteGenerator.RenderedPage)]>
  /// Whether a page (by its path inside its locale folder) holds catalog rows, and waits for the catalog.
  private let waitsForCatalog: @Sendable (String) -> Bool
  /// The pages waiting for the catalog, by index in the pass.
  private let waiting: ConcurrentResults<SiteGenerator.Page?>

  init(
    site: SiteGenerator, pageCount: Int, staging: SiteStaging?, media: SiteMedia,
    waitsForCatalog: @escaping @Sendable (String) -> Bool = { _ in false }
  ) {
    self.media = media
    self.site = site
    self.staging = staging
    var jobsByPage = [[Int]](repeating: [], count: pageCount)
    for (index, job) in site.jobs.enumerated() { jobsByPage[job.shownIndex].append(index) }
    self.jobsByPage = jobsByPage
    rendered = ConcurrentResults(count: pageCount)
    self.waitsForCatalog = waitsForCatalog
    waiting = ConcurrentResults(count: pageCount)
  }

  func consume(_ page: PassPage) {
    let shown = SiteGenerator.Page(
      locale: page.locale, localPath: page.localPath, path: page.path, document: page.document)
    // The files a page names are the same whenever its site pages are rendered: they are taken now.
    let references = FileReferences.of(page.document)
    for job in jobsByPage[page.index] {
      media.add(references, page: page, siteFile: SiteGenerator.filePath(of: site.jobs[job]))
    }
    if waitsForCatalog(page.localPath) && !jobsByPage[page.index].isEmpty {
      waiting.set(page.index, shown)
      rendered.set(page.index, [])
    } else {
      waiting.set(page.index, nil)
      render(shown, index: page.index, rowIDs: [:])
    }
  }

  /// Renders the site pages that show `shown`, the page at `index` in the pass.
  private func render(_ shown: SiteGenerator.Page, index: Int, rowIDs: [Int: String]) {
    rendered.set(
      index,
      jobsByPage[index].map { job in
        var rendered = site.render(site.jobs[job], shown: shown, rowIDs: rowIDs)
        let file = SiteGenerator.filePath(of: site.jobs[job])
        if let longest = file.split(separator: "/").map(\.utf8.count).max(), longest > Self.longestName {
          // The file system would refuse the name: the page is reported (an error: nothing is written) and
          // the pass goes on, instead of the write failing on it.
          tooLong.lock.withLock {
            if tooLong.pages[shown.path] == nil { tooLong.pages[shown.path] = (file, longest) }
          }
          rendered.bytes = []
        } else if let staging {
          staging.add(file, rendered.bytes)
          rendered.bytes = []
        }
        return (job, rendered)
      })
  }

  /// The pages that waited for the catalog, their rows with `rowIDs` (by page path, then line); then the
  /// site's other files (indexes, stylesheet, the local files pages name), staged or returned with the pages
  /// when there is no staging folder; the problems met; and the findings about the files named.
  func assemble(rowIDs: [String: [Int: String]]) -> (
    files: [String: [UInt8]], problems: [RenderProblem], mediaFindings: [Diagnostic]
  ) {
    let waitingPages = waiting.values.enumerated().compactMap { index, page in page.map { (index, $0) } }
    _ = ConcurrentMap.map(waitingPages) { index, page in
      render(page, index: index, rowIDs: rowIDs[page.path] ?? [:])
    }
    var pages = [SiteGenerator.RenderedPage?](repeating: nil, count: site.jobs.count)
    for pageJobs in rendered.values {
      for (job, page) in pageJobs { pages[job] = page }
    }
    var (files, problems) = site.assemble(pages.compactMap { $0 }, withPages: staging == nil)
    if let staging {
      for (path, bytes) in files.sorted(by: { $0.key < $1.key }) { staging.add(path, bytes) }
      files = [:]
    }
    let mediaFindings = media.publish { path, bytes in
      if let staging { staging.add(path, bytes) } else { files[path] = bytes }
    }
    return (files, problems, mediaFindings)
  }
}
