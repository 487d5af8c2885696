import DocModel
import Foundation
import HTMLGenerator

/// How a build that keeps pages' results keeps the site's index pages too (``KeptSiteFiles``): the last
/// build's indexes are handed in before the pass; when the site is assembled, an index whose key is the
/// same and whose old file is as that build wrote it is linked from the old site instead of rendered
/// (every index lists each page of its locale, through the template engine), and every index's key and
/// new stamp is noted for the next build.
final class SiteIndexKeeping: @unchecked Sendable {
  private let lock = ShortLock()
  private var buildKey: String?
  private var kept: [String: KeptSiteFiles.File] = [:]
  private var written: [KeptSiteFiles.File]?

  /// Takes `kept`, the last build's indexes, for a build made under `buildKey`.
  func start(buildKey: String, kept: [String: KeptSiteFiles.File]) {
    lock.withLock {
      self.buildKey = buildKey
      self.kept = kept
    }
  }

  /// The site's files besides its pages, from `rendered` (see ``SiteGenerator/assemble(_:withPages:keptIndexes:)``),
  /// staged when there is a staging folder (the indexes still as they were linked from the old site) and
  /// otherwise returned; and the problems met.
  func assemble(
    _ site: SiteGenerator, _ rendered: [SiteGenerator.RenderedPage], staging: SiteStaging?
  ) -> (files: [String: [UInt8]], problems: [RenderProblem]) {
    let (buildKey, kept) = lock.withLock { (self.buildKey, self.kept) }
    guard let staging else { return site.assemble(rendered, withPages: true) }
    guard let buildKey else {
      let (files, problems) = site.assemble(rendered, withPages: false)
      for (path, bytes) in files.sorted(by: { $0.key < $1.key }) { staging.add(path, bytes) }
      return ([:], problems)
    }
    var keys: [String: String] = [:]
    var indexes: [KeptSiteFiles.File] = []
    var found: [SiteStaging.Found] = []
    for (file, shows) in site.indexFiles(rendered) {
      let key = KeptSiteFiles.key(buildKey: buildKey, shows: shows)
      if let old = staging.stillHolds(file, key: key, kept: kept) {
        indexes.append(old.file)
        found.append(old.found)
      } else {
        keys[file] = key
      }
    }
    let (files, problems) = site.assemble(rendered, withPages: false, keptIndexes: Set(indexes.map(\.file)))
    // ``SiteStaging/holds(_:stamp:)`` has just found each kept index's file as it was written.
    for (index, found) in zip(indexes, found) { staging.keep(index.file, stamp: index.stamp, found: found) }
    for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
      let stamp = staging.add(path, bytes, stamped: keys[path] != nil)
      if let key = keys[path], let stamp { indexes.append(KeptSiteFiles.File(file: path, key: key, stamp: stamp)) }
    }
    lock.withLock { written = indexes }
    return ([:], problems)
  }

  /// The indexes this build staged, for the next build; `nil` when it kept none.
  var indexes: KeptSiteFiles? {
    lock.withLock { written.map { KeptSiteFiles(files: $0) } }
  }
}
