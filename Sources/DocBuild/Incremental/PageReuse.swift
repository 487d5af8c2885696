import DocModel
import DocParser
import Foundation

/// How a pass takes pages' results from the last build instead of parsing them: a page whose bytes and
/// whose includes' files are as they were (``PageResult``) hands its kept catalog rows to the consumers;
/// every page parsed is kept for the next build.
///
/// A build keeps the catalog rows and the findings, in the store and in memory, and its site pages when it
/// makes the site (``SitePages``); `validate` keeps what ``ValidationFacts`` took of the page too, in memory
/// only. A page's code snippets' files (`:::code`) count among what it depends on; a page with xrefs or a
/// `uid:`, which take part in resolving xrefs across pages, is parsed on every build.
final class PageReuse: @unchecked Sendable {
  /// The docs folder's files, by path, as the build fingerprinted them.
  private let digests: [String: String]
  private let root: String
  /// The store of a build's results; none for `validate`, whose results are kept in memory only.
  private let store: PageResultStore?
  /// The key every result must have been made under (``BuildCache/pageResultsKey(configurationDigest:configuration:)``).
  private let buildKey: String
  private let memory: PageResultMemory?
  private let rows: CatalogRows
  /// `validate`'s consumer of the facts its rules read, when the pass is a validation's.
  private let facts: ValidationFacts?
  /// The site's consumer, when the build makes the site: each page's site pages are kept too.
  private let site: SitePages?
  /// Results of parsed pages whose site pages wait for the catalog: kept once they are rendered
  /// (``keepSitePages()``).
  private var waitingForSite: [Int: PageResult] = [:]
  private let includes: IncludeLibrary
  /// How many pages' results the pass took.
  private var reusedTotal = 0
  /// The included files that the pages whose results the pass took read, by path in the docs folder.
  private var reusedIncludedFiles: Set<String> = []
  /// The included files with errors that the pages whose results the pass took read, by the page's index.
  private var reusedIncludeErrors: [Int: [PageResult.IncludeErrors]] = [:]
  /// The results taken of pages whose site pages show catalog rows, and are rendered again when the rows'
  /// ids change, by index. (Any page taken may be rendered again, when its files are no longer as written:
  /// its result is then read again.)
  private var reusedWaiting: [Int: PageResult] = [:]
  /// The pass's pages, by index.
  private let pages: [PageFile]
  /// The digest of each page's rows that a result carries (``CatalogInputs/digest(of:)``), by index.
  private var rowDigests: [Int: String] = [:]
  /// Whether something is at each path the fingerprint does not list, by the path's bytes, looked up once
  /// per build: most pages look for their includes in their locale's folder before the shared one, and find
  /// nothing there.
  private var unlisted: [[UInt8]: Bool] = [:]
  private let lock = ShortLock()

  /// Reuse of a build's results, read from `store` or `memory`; with `site`, its site pages too.
  convenience init(
    store: PageResultStore, memory: PageResultMemory?, digests: [String: String], setup: PagePass.Setup,
    rows: CatalogRows, site: SitePages? = nil
  ) {
    self.init(
      store: store, buildKey: store.buildKey, memory: memory, digests: digests, setup: setup, rows: rows, facts: nil,
      site: site)
  }

  /// Reuse of a validation's results, kept in `memory` under `buildKey`.
  convenience init(
    memory: PageResultMemory, buildKey: String, digests: [String: String], setup: PagePass.Setup,
    rows: CatalogRows, facts: ValidationFacts
  ) {
    self.init(
      store: nil, buildKey: buildKey, memory: memory, digests: digests, setup: setup, rows: rows, facts: facts,
      site: nil)
  }

  private init(
    store: PageResultStore?, buildKey: String, memory: PageResultMemory?, digests: [String: String],
    setup: PagePass.Setup, rows: CatalogRows, facts: ValidationFacts?, site: SitePages?
  ) {
    self.site = site
    site?.keepsResults = true
    self.store = store
    self.buildKey = buildKey
    self.memory = memory
    self.facts = facts
    self.digests = digests
    root = setup.root
    pages = setup.pages
    self.rows = rows
    includes = setup.includes
  }

  /// The kept findings of the page at `index` when its kept result still holds (its rows are then handed to
  /// the catalog); `nil` when the page must be parsed.
  func reuse(_ file: PageFile, index: Int) -> [Diagnostic]? {
    guard let digest = digests.value(forPathBytes: file.path),
      let result = memory?.result(file.path, buildKey: buildKey) ?? store?.load(file.path),
      result.digest == digest,
      result.rows.locale == (file.locale ?? "und"), result.rows.localPath == file.localPath,
      result.dependencies.allSatisfy({ current($0.path) == .some($0.digest) })
    else { return nil }
    // A page whose site pages show catalog rows is rendered again when their ids change: its result is kept
    // at hand.
    var showsRows = false
    if let site {
      guard let kept = result.site, site.canRestore(kept, index: index) else { return nil }
      site.restore(kept, page: file, index: index)
      showsRows = !kept.rowIDs.isEmpty
    }
    if let facts {
      guard let kept = result.validation else { return nil }
      facts.restore(kept, index: index)
      // The rules read the included files themselves (anchors, cycles): the library reads them again.
      includes.readAll(kept.page.document.includes, in: file.path, localPath: file.localPath)
    }
    lock.withLock {
      reusedTotal += 1
      for dependency in result.dependencies where dependency.digest != nil {
        reusedIncludedFiles.insert(dependency.path)
      }
      if result.includeErrors.contains(where: { !$0.errors.isEmpty }) {
        reusedIncludeErrors[index] = result.includeErrors
      }
      if showsRows { reusedWaiting[index] = result }
      if let digest = result.rowsDigest { rowDigests[index] = digest }
    }
    memory?.keep(result, buildKey: buildKey)
    rows.restore(result.rows, index: index)
    return result.diagnostics
  }

  /// Keeps what the pass took from a parsed page: its rows (which ``CatalogRows`` has by now) and `found`,
  /// with what its includes depend on. A page that reads a file the fingerprint did not see (a symbolic
  /// link, a hidden file) is not kept.
  func keep(_ page: PassPage, found: [Diagnostic]) {
    // A page with xrefs or a uid takes part in resolving every page's xrefs, which a result does not
    // record: such a page is parsed on every build.
    guard page.document.frontMatter.text("uid") == nil, XrefUse.all(inParsed: page.parsed).isEmpty else { return }
    guard let digest = digests.value(forPathBytes: page.path), let pageRows = rows.page(at: page.index),
      let (dependencies, includeErrors) = self.dependencies(of: page),
      let snippets = snippetDependencies(page.parsed.snippetFiles, from: page.path)
    else { return }
    var result = PageResult(
      path: page.path, digest: digest, dependencies: dependencies + snippets, includeErrors: includeErrors,
      diagnostics: found, rows: PageRows(pageRows))
    // A build's results carry their rows' digest, which the catalog's inputs take (``CatalogInputs``).
    if store != nil {
      let rowsDigest = CatalogInputs.digest(of: pageRows)
      result.rowsDigest = rowsDigest
      lock.withLock { rowDigests[page.index] = rowsDigest }
    }
    if let facts {
      guard let kept = facts.kept(at: page.index) else { return }
      result.validation = kept
    }
    if let site {
      if let kept = site.result(at: page.index) {
        result.site = kept
      } else {
        // Rendered once the catalog is built, or not kept (a name too long).
        if site.waitsForCatalog(at: page.index, localPath: page.localPath) {
          lock.withLock { waitingForSite[page.index] = result }
        }
        return
      }
    }
    store?.save(result)
    memory?.keep(result, buildKey: buildKey)
  }

  /// Keeps the results of the pages whose site pages were rendered once the catalog was built: parsed
  /// pages that waited for it, and kept pages rendered again since their rows' ids, or their files, changed.
  func keepSitePages() {
    guard let site else { return }
    let (waiting, reused) = lock.withLock { (waitingForSite, reusedWaiting) }
    for index in waiting.keys.sorted() + site.pagesRenderedAgain {
      let path = pages[index].path
      guard
        var result = waiting[index] ?? reused[index] ?? memory?.result(path, buildKey: buildKey)
          ?? store?.load(path),
        let kept = site.result(at: index)
      else { continue }
      result.site = kept
      store?.save(result)
      memory?.keep(result, buildKey: buildKey)
    }
  }

  /// The errors of the included files that reused pages depend on and that no parsed page read (those
  /// the include library reports), each file's once.
  func includeDiagnostics() -> [Diagnostic] {
    let read = includes.documents
    var seen: Set<String> = []
    var found: [Diagnostic] = []
    let reused = lock.withLock { reusedIncludeErrors }
    for index in reused.keys.sorted() {
      for include in reused[index] ?? [] where read[include.path] == nil && seen.insert(include.path).inserted {
        found += include.errors
      }
    }
    return found
  }

  /// Writes the results kept for the next build, for `paths`, the build's pages (``PageResultStore/write(keeping:)``).
  func writeResults(keeping paths: [String]) {
    store?.write(keeping: paths)
  }

  /// The digest of the rows of each page whose result carries one, by index in the pass.
  var knownRowDigests: [Int: String] { lock.withLock { rowDigests } }

  /// How many pages the pass took from kept results instead of parsing them.
  var reusedCount: Int { lock.withLock { reusedTotal } }

  /// The included files that reused pages read, by path in the docs folder.
  func includedFiles() -> Set<String> {
    lock.withLock { reusedIncludedFiles }
  }

  /// The files the code snippets of a page or included file (at `file`, which the fingerprint lists) named
  /// (``ParsedPage/snippetFiles``), each by its path in the docs folder with its digest, or its absence;
  /// `nil` when one cannot be vouched for, and the page is then parsed on every build. A snippet's path is
  /// read from the file's folder, whose folders up to the docs folder are reached without a link (the
  /// fingerprint lists the file): it may climb only at its start,
  /// through those folders, and then names a file the fingerprint lists, or nothing (a file reached through a
  /// link is not listed, but is there). A path that climbs out of the docs folder, or climbs after it went
  /// down, or is absolute, is not vouched for.
  private func snippetDependencies(_ snippetFiles: [String], from file: String) -> [PageResult.Dependency]? {
    var dependencies: [PageResult.Dependency] = []
    let folder = file.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file[..<$0]) } ?? ""
    for requested in snippetFiles {
      let parts = requested.split(separator: "/", omittingEmptySubsequences: false)
      let climbing = parts.prefix { $0 == ".." }.count
      guard parts.count > climbing, parts[climbing...].allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
        let path = ContainedPath.joined(folder, requested), let digest = current(path)
      else { return nil }
      dependencies.append(.init(path: path, digest: digest))
    }
    return dependencies
  }

  /// The digest of a file of the docs folder now: `.some(nil)` when there is none, `nil` when something is
  /// there that the fingerprint does not see (and so cannot vouch for).
  private func current(_ path: String) -> String?? {
    if let digest = digests.value(forPathBytes: path) { return .some(digest) }
    let bytes = Array(path.utf8)
    if let found = lock.withLock({ unlisted[bytes] }) { return found ? nil : .some(nil) }
    let found = FileManager.default.fileExists(atPath: root + "/" + path)
    lock.withLock { unlisted[bytes] = found }
    return found ? nil : .some(nil)
  }

  /// Every file the page's includes name, in the order the include library looks for them (each include's
  /// candidates up to the first that names a file, then that file's includes), with its errors.
  private func dependencies(of page: PassPage) -> ([PageResult.Dependency], [PageResult.IncludeErrors])? {
    var dependencies: [PageResult.Dependency] = []
    var includeErrors: [PageResult.IncludeErrors] = []
    var seen: Set<String> = []
    var expanded: Set<String> = []
    var queue = page.document.includes.map { (include: $0, file: page.path, localPath: Optional(page.localPath)) }
    var position = 0
    while position < queue.count {
      let next = queue[position]
      position += 1
      for candidate in IncludePaths.candidates(for: next.include.path, in: next.file, localPath: next.localPath) {
        guard let digest = current(candidate) else { return nil }
        if seen.insert(candidate).inserted {
          dependencies.append(.init(path: candidate, digest: digest))
          if digest != nil { includeErrors.append(.init(path: candidate, errors: includes.errors(atPath: candidate))) }
        }
        guard digest != nil else { continue }
        if expanded.insert(candidate).inserted, let document = includes.document(atPath: candidate) {
          queue += document.includes.map { ($0, candidate, nil) }
          // What the included file's code snippets show is rendered into the page too.
          guard let snippets = snippetDependencies(includes.snippetFiles(atPath: candidate), from: candidate) else {
            return nil
          }
          for snippet in snippets where seen.insert(snippet.path).inserted { dependencies.append(snippet) }
        }
        break
      }
    }
    return (dependencies, includeErrors)
  }
}
