import DocModel
import Foundation

/// The pages' results kept between builds (``PageResult``): one file per page path in a folder of the build
/// cache, each rewritten when its page is parsed again. A file is trusted only when it is a regular file of
/// this format, made under the same build key, whole (its digest holds), and for the page asked for; anything
/// else is ignored and costs only the parse.
struct PageResultStore: Sendable {
  /// Bumped whenever the stored form or meaning of a page result changes.
  static let currentFormat = 3
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
    let file = slot(of: path)
    var info = stat()
    guard lstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      let data = FileManager.default.contents(atPath: file)
    else { return nil }
    let bytes = [UInt8](data)
    let header = Array((Self.magic + buildKey + "\n").utf8)
    guard bytes.starts(with: header),
      let newline = bytes[header.count...].firstIndex(of: 0x0A)
    else { return nil }
    let digest = String(decoding: bytes[header.count..<newline], as: UTF8.self)
    let body = Array(bytes[(newline + 1)...])
    guard body.withUnsafeBytes({ InputFingerprint.digest(of: $0) }) == digest,
      let result = try? PageResult(decoding: body), result.path == path
    else { return nil }
    return result
  }

  /// Keeps `result` for its page; a result that cannot be written only costs the next build a parse.
  func save(_ result: PageResult) {
    let body = result.encoded()
    let digest = body.withUnsafeBytes { InputFingerprint.digest(of: $0) }
    var info = stat()
    if lstat(folder, &info) != 0 {
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
    // Whatever else is at the page's name (a symbolic link, say) is replaced, never written through.
    let file = slot(of: result.path)
    if lstat(file, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG { unlink(file) }
    _ = try? AtomicFileWriter.write(
      chunks: [Array((Self.magic + buildKey + "\n" + digest + "\n").utf8), body], to: file)
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
    return key.digest.prefix(32) + ".page"
  }
}
