import DocModel
import Foundation

/// Pages' results kept in memory between builds of one long-running process (``IncrementalBuild``): the
/// store's files are then read only for pages this process has not built yet.
final class PageResultMemory: @unchecked Sendable {
  private let lock = ShortLock()
  private var results: [String: (buildKey: String, result: PageResult)] = [:]

  init() {}

  /// The result kept for the page at `path` under `buildKey`, if any.
  func result(_ path: String, buildKey: String) -> PageResult? {
    lock.withLock {
      guard let kept = results[path], kept.buildKey == buildKey else { return nil }
      return kept.result
    }
  }

  /// The docs folder's files as the last run fingerprinted them, whose stamps spare reading unchanged files
  /// again (``BuildCache/docsDigest(previous:)``).
  var inputFiles: [BuildManifest.InputFile] {
    get { lock.withLock { files } }
    set { lock.withLock { files = newValue } }
  }
  private var files: [BuildManifest.InputFile] = []

  func keep(_ result: PageResult, buildKey: String) {
    lock.withLock { results[result.path] = (buildKey, result) }
  }

  /// Forgets the pages that are no longer among `paths`.
  func prune(keeping paths: [String]) {
    let kept = Set(paths)
    lock.withLock { results = results.filter { kept.contains($0.key) } }
  }
}
