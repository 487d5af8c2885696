import DocModel
import HTMLGenerator

/// Renders each page's site pages as soon as it is parsed: its own, and those it stands in for in locales
/// that lack it. With a staging folder, each goes there at once and is not kept.
final class SitePages: PageConsumer {
  let site: SiteGenerator
  let staging: SiteStaging?
  /// The site's jobs (pages) to render from each page of the pass.
  private let jobsByPage: [[Int]]
  private let rendered: ConcurrentResults<[(job: Int, page: SiteGenerator.RenderedPage)]>

  init(site: SiteGenerator, pageCount: Int, staging: SiteStaging?) {
    self.site = site
    self.staging = staging
    var jobsByPage = [[Int]](repeating: [], count: pageCount)
    for (index, job) in site.jobs.enumerated() { jobsByPage[job.shownIndex].append(index) }
    self.jobsByPage = jobsByPage
    rendered = ConcurrentResults(count: pageCount)
  }

  func consume(_ page: PassPage) {
    let shown = SiteGenerator.Page(
      locale: page.locale, localPath: page.localPath, path: page.path, document: page.document)
    rendered.set(
      page.index,
      jobsByPage[page.index].map { job in
        var rendered = site.render(site.jobs[job], shown: shown)
        if let staging {
          staging.add(SiteGenerator.filePath(of: site.jobs[job]), rendered.bytes)
          rendered.bytes = []
        }
        return (job, rendered)
      })
  }

  /// The site's other files (indexes, stylesheet), staged or returned with the pages when there is no
  /// staging folder; and the problems met.
  func assemble() -> (files: [String: [UInt8]], problems: [RenderProblem]) {
    var pages = [SiteGenerator.RenderedPage?](repeating: nil, count: site.jobs.count)
    for pageJobs in rendered.values {
      for (job, page) in pageJobs { pages[job] = page }
    }
    var (files, problems) = site.assemble(pages.compactMap { $0 }, withPages: staging == nil)
    if let staging {
      for (path, bytes) in files.sorted(by: { $0.key < $1.key }) { staging.add(path, bytes) }
      files = [:]
    }
    return (files, problems)
  }
}
