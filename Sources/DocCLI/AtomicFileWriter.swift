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
    if let existing = FileManager.default.contents(atPath: path), existing.elementsEqual(bytes) { return false }
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
  /// written beside it, then swapped in with renames, so a reader sees the old site or the new one.
  /// - Returns: whether anything changed.
  @discardableResult
  public static func writeFolder(_ files: [String: [UInt8]], to path: String) throws(Failure) -> Bool {
    if folderMatches(files, path) { return false }
    let manager = FileManager.default
    let parent = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let process = ProcessInfo.processInfo.processIdentifier
    let staging = (parent.isEmpty ? "" : parent + "/") + ".\(name).tmp-\(process)"
    let previous = (parent.isEmpty ? "" : parent + "/") + ".\(name).old-\(process)"
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
    let exists = manager.fileExists(atPath: path)
    if exists, rename(path, previous) != 0 {
      try? manager.removeItem(atPath: staging)
      throw Failure(description: "cannot move the old '\(path)' aside: \(String(cString: strerror(errno)))")
    }
    guard rename(staging, path) == 0 else {
      let reason = String(cString: strerror(errno))
      if exists { _ = rename(previous, path) }
      try? manager.removeItem(atPath: staging)
      throw Failure(description: "cannot move the new site into '\(path)': \(reason)")
    }
    if exists { try? manager.removeItem(atPath: previous) }
    return true
  }

  /// Whether the folder holds exactly these files with these bytes.
  public static func folderMatches(_ files: [String: [UInt8]], _ path: String) -> Bool {
    guard let enumerator = FileManager.default.enumerator(atPath: path) else { return false }
    var seen = 0
    while let relative = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory)
      if isDirectory.boolValue { continue }
      guard let expected = files[relative], let data = FileManager.default.contents(atPath: path + "/" + relative),
        data.elementsEqual(expected)
      else { return false }
      seen += 1
    }
    return seen == files.count
  }
}
