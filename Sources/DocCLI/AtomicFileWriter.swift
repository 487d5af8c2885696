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
}
