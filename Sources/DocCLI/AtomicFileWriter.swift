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
    removeLeftovers(of: path)
    if let existing = FileManager.default.contents(atPath: path), same(existing, bytes) { return false }
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw Failure(description: "cannot create folder '\(folder)': \(error.localizedDescription)")
      }
    }
    let name = (path as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).tmp-\(ProcessInfo.processInfo.processIdentifier)"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
      throw Failure(description: "cannot write '\(path)'")
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(description: "cannot replace '\(path)': \(reason)")
    }
    return true
  }

  /// Replaces the folder `path` with one holding exactly `files` (paths relative to it): the new tree is
  /// written beside it, then swapped in by one atomic exchange of the two names (Linux `renameat2`), so a
  /// reader, or a build killed at any moment, finds the old site or the new one, never a mix.
  /// - Returns: whether anything changed.
  @discardableResult
  public static func writeFolder(_ files: [String: [UInt8]], to path: String) throws(Failure) -> Bool {
    removeLeftovers(of: path)
    if folderMatches(files, path) { return false }
    let manager = FileManager.default
    let staging = sibling(of: path, "tmp")
    try? manager.removeItem(atPath: staging)
    do {
      for (relative, bytes) in files.sorted(by: { $0.key < $1.key }) {
        let file = staging + "/" + relative
        try manager.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard manager.createFile(atPath: file, contents: Data(bytes)) else { throw Failure(description: "cannot write '\(file)'") }
      }
    } catch let failure as Failure {
      try? manager.removeItem(atPath: staging)
      throw failure
    } catch {
      try? manager.removeItem(atPath: staging)
      throw Failure(description: "cannot write the site to '\(staging)': \(error.localizedDescription)")
    }
    if manager.fileExists(atPath: path) {
      if let exchange = renameExchange, exchange(atCurrentDirectory, staging, atCurrentDirectory, path, renameExchangeFlag) == 0 {
        try? manager.removeItem(atPath: staging)  // now the old site
        return true
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
      return true
    }
    guard rename(staging, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? manager.removeItem(atPath: staging)
      throw Failure(description: "cannot move the new site into '\(path)': \(reason)")
    }
    return true
  }

  /// Whether a file's contents are exactly `bytes`, compared with `memcmp`.
  private static func same(_ data: Data, _ bytes: [UInt8]) -> Bool {
    guard data.count == bytes.count else { return false }
    return data.withUnsafeBytes { stored in bytes.withUnsafeBytes { memcmp(stored.baseAddress!, $0.baseAddress!, bytes.count) == 0 } }
  }

  /// `.NAME.KIND-PID` beside `path`.
  private static func sibling(of path: String, _ kind: String) -> String {
    let parent = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    return (parent.isEmpty ? "" : parent + "/") + ".\(name).\(kind)-\(ProcessInfo.processInfo.processIdentifier)"
  }

  /// Removes what builds killed before they could clean up left beside `path`.
  private static func removeLeftovers(of path: String) {
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

  private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
  private static let atCurrentDirectory: Int32 = -100  // AT_FDCWD
  private static let renameExchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
  /// glibc's `renameat2`, looked up at run time: Swift's Glibc module does not declare it.
  private static let renameExchange: RenameAt2? = {
    #if os(Linux)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
      return unsafeBitCast(symbol, to: RenameAt2.self)
    #else
      return nil
    #endif
  }()

  /// Whether the folder holds exactly these files with these bytes.
  public static func folderMatches(_ files: [String: [UInt8]], _ path: String) -> Bool {
    guard let enumerator = FileManager.default.enumerator(atPath: path) else { return false }
    var seen = 0
    while let relative = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory) else { return false }
      if isDirectory.boolValue { continue }
      guard let expected = files[relative], let data = FileManager.default.contents(atPath: path + "/" + relative),
        same(data, expected)
      else { return false }
      seen += 1
    }
    return seen == files.count
  }
}
