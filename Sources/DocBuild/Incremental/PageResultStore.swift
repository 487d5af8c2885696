import DocModel
import Foundation

/// The pages' results kept between builds (``PageResult``): one file per page path in a folder of the build
/// cache, each rewritten when its page is parsed again. A file is trusted only when it is a regular file of
/// this format, made under the same build key, whole (its checksum holds: ``CacheChecksum``), and for the
/// page asked for; anything else is ignored and costs only the parse.
struct PageResultStore: Sendable {
  /// Bumped whenever the stored form or meaning of a page result changes.
  static let currentFormat = 5
  private static let magic = "doccatalog page result \(currentFormat)\n"

  let folder: String
  /// The key every result must have been made under (``BuildCache/pageResultsKey(configurationDigest:configuration:)``).
  let buildKey: String

  /// The store in `folder`; `nil` when the folder is there but is not a real folder (a symbolic link to
  /// somewhere else, say), so that nothing is read from or written through it.
  init?(folder: String, buildKey: String) {
    var info = stat()
    if lstat(folder, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR { return nil }
    self.folder = folder
    self.buildKey = buildKey
  }

  /// The kept result of the page at `path`, if there is one to trust.
  func load(_ path: String) -> PageResult? {
    guard let body = CacheFile.body(at: slot(of: path), header: Array((Self.magic + buildKey + "\n").utf8)),
      let result = try? PageResult(decoding: body.bytes, from: body.start), result.path == path
    else { return nil }
    return result
  }

  /// Keeps `result` for its page; a result that cannot be written only costs the next build a parse.
  func save(_ result: PageResult) {
    var info = stat()
    if lstat(folder, &info) != 0 {
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
    CacheFile.write(result.encoded(), header: Array((Self.magic + buildKey + "\n").utf8), to: slot(of: result.path))
  }

  /// Removes the results of pages that are no longer among `paths`.
  func prune(keeping paths: [String]) {
    let kept = Set(paths.map { Self.slotName(of: $0) })
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasSuffix(".page") && !kept.contains(name) {
      unlink(folder + "/" + name)
    }
  }

  private func slot(of path: String) -> String {
    folder + "/" + Self.slotName(of: path)
  }

  /// A page's file: named by the digest of its path, so that any path makes one plain name.
  private static func slotName(of path: String) -> String {
    var key = InputFingerprint()
    key.add("page", path)
    return key.digest + ".page"
  }
}
