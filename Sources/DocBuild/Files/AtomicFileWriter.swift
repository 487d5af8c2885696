import Foundation

/// Writes files so that a reader, or a build killed half-way, never sees a partial file:
/// the bytes go to a temporary file beside the target, which is then renamed over it.
public enum AtomicFileWriter {
  /// Why a file could not be written.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Writes `bytes` to `path`, creating its folder; an identical file is left untouched.
  /// - Returns: whether the file changed.
  @discardableResult
  public static func write(_ bytes: [UInt8], to path: String) throws(Failure) -> Bool {
    try write(chunks: [bytes], to: path)
  }

  /// Writes the concatenation of `chunks` to `path`, like ``write(_:to:)``, without joining them first.
  /// - Returns: whether the file changed.
  @discardableResult
  public static func write(chunks: [[UInt8]], to path: String) throws(Failure) -> Bool {
    try write(to: path) { consume in chunks.forEach(consume) }
  }

  /// Writes to `path` what `produce` hands to its argument, a chunk at a time, as it is made: an output is
  /// never held whole. While the chunks match the file already there, nothing is written; at the first
  /// difference, the matching start is copied from the old file into a temporary file beside it, which
  /// then takes the rest and is renamed over the old file at the end. An identical file is left untouched.
  /// Chunks are gathered up to 256 KB before they are compared or written.
  /// - Returns: whether the file changed.
  @discardableResult
  public static func write(to path: String, produce: (_ consume: ([UInt8]) -> Void) -> Void) throws(Failure) -> Bool {
    try write(to: path, batchSize: FileReplacement.batchSize, produce: produce)
  }

  /// ``write(to:produce:)``, gathering chunks up to `batchSize` bytes.
  @discardableResult
  static func write(
    to path: String, batchSize: Int, produce: (_ consume: ([UInt8]) -> Void) -> Void
  ) throws(Failure) -> Bool {
    removeLeftovers(of: path)
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw Failure(description: "cannot create folder '\(folder)': \(error.localizedDescription)")
      }
    }
    var replacement = FileReplacement(path: path, temporary: sibling(of: path, "tmp"), batchSize: batchSize)
    produce { replacement.append($0) }
    return try replacement.finish()
  }

  /// Replaces the folder `path` with one holding exactly `files` (paths relative to it): the new tree is
  /// written beside it, then swapped in by one atomic exchange of the two names (Linux `renameat2`), so a
  /// reader, or a build killed at any moment, finds the old site or the new one, never a mix. Files whose
  /// bytes did not change are hard links to the old ones, not rewritten: they keep their inode and time.
  /// - Returns: the number of files written anew (new or changed), or `nil` when the folder was left as
  ///   it was.
  @discardableResult
  public static func writeFolder(_ files: [String: [UInt8]], to path: String) throws(Failure) -> Int? {
    let staging = SiteStaging(folder: path)
    for (relative, bytes) in files.sorted(by: { $0.key < $1.key }) { staging.add(relative, bytes) }
    return try staging.finish()
  }

  /// Puts the folder `staging` in the place of `path` (which may not exist yet) in one atomic exchange of
  /// the two names (Linux `renameat2`), then removes the old contents; where there is no exchange, the old
  /// folder is moved aside first.
  static func swapFolder(_ staging: String, into path: String) throws(Failure) {
    let manager = FileManager.default
    if manager.fileExists(atPath: path) {
      if let exchange = renameExchange,
        exchange(atCurrentDirectory, staging, atCurrentDirectory, path, renameExchangeFlag) == 0
      {
        try? manager.removeItem(atPath: staging)  // now the old site
        return
      }
      // Without an atomic exchange: move the old site aside, the new one in, then drop the old one.
      let previous = sibling(of: path, "old")
      guard rename(path, previous) == 0 else {
        try? manager.removeItem(atPath: staging)
        throw Failure(description: "cannot move the old '\(path)' aside: \(String(cString: strerror(errno)))")
      }
      guard rename(staging, path) == 0 else {
        let reason = String(cString: strerror(errno))
        _ = rename(previous, path)
        try? manager.removeItem(atPath: staging)
        throw Failure(description: "cannot move the new site into '\(path)': \(reason)")
      }
      try? manager.removeItem(atPath: previous)
      return
    }
    guard rename(staging, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? manager.removeItem(atPath: staging)
      throw Failure(description: "cannot move the new site into '\(path)': \(reason)")
    }
  }

  /// Whether the file at `path` holds exactly the concatenation of `chunks`: read a block at a time and
  /// compared with `memcmp`, so that checking a large output does not hold a second copy of it.
  static func fileHolds(_ path: String, _ chunks: [[UInt8]]) -> Bool {
    let size = chunks.reduce(0) { $0 + $1.count }
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == size else { return false }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var block = [UInt8](repeating: 0, count: min(1 << 20, max(size, 1)))
    return chunks.allSatisfy { readMatches(descriptor, $0, block: &block) }
  }

  /// Whether the next bytes read from `descriptor` are `chunk`, read into `block` (not empty) a block at a
  /// time and compared with `memcmp`.
  static func readMatches(_ descriptor: Int32, _ chunk: [UInt8], block: inout [UInt8]) -> Bool {
    var offset = 0
    while offset < chunk.count {
      let wanted = min(block.count, chunk.count - offset)
      let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, wanted) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      let equal = block.withUnsafeBytes { readBytes in
        chunk.withUnsafeBytes { memcmp(readBytes.baseAddress!, $0.baseAddress! + offset, count) == 0 }
      }
      guard equal else { return false }
      offset += count
    }
    return true
  }

  /// `.NAME.KIND-PID` beside `path`.
  static func sibling(of path: String, _ kind: String) -> String {
    let parent = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    return (parent.isEmpty ? "" : parent + "/") + ".\(name).\(kind)-\(ProcessInfo.processInfo.processIdentifier)"
  }

  /// Removes what builds killed before they could clean up left beside `path` (each write does this first;
  /// a build with nothing to write calls it itself).
  static func removeLeftovers(of path: String) {
    let parent = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let folder = parent.isEmpty ? "." : parent
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries where entry.hasPrefix(".\(name).tmp-") || entry.hasPrefix(".\(name).old-") {
      guard let pid = Int32(entry.split(separator: "-").last ?? ""), pid != ProcessInfo.processInfo.processIdentifier,
        kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      try? FileManager.default.removeItem(atPath: (parent.isEmpty ? "" : parent + "/") + entry)
    }
  }

  private typealias RenameAt2 =
    @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
  private static let atCurrentDirectory: Int32 = -100  // AT_FDCWD
  private static let renameExchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
  private static let renameExchange = glibcFunction(named: "renameat2", as: RenameAt2.self)

  /// Writes a new file with plain system calls: no hidden temporary file of its own (as Foundation's
  /// `createFile` makes) that a killed build could leave behind.
  static func createFile(_ path: String, _ chunks: [[UInt8]]) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return chunks.allSatisfy { writeAll(descriptor, $0) }
  }

  /// Writes all of `bytes` to `descriptor`, however many `write` calls it takes; false on an error
  /// (`errno` tells which).
  public static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress! + written, bytes.count - written)
      }
      if result < 0 && errno == EINTR { continue }
      guard result > 0 else { return false }
      written += result
    }
    return true
  }

}
