import DocModel
import Foundation

/// Finds the file a path of the docs folder names when letter case is ignored, as DocFX on Windows and
/// Learn serve it: each name of the path not found as written is looked for among its folder's entries, and
/// must match exactly one of them. Only for paths whose exact lookup failed; each folder is listed at most
/// once, and only inside the docs folder: a match must resolve there, to a readable file.
public final class FileNameCaseMatcher: @unchecked Sendable {
  private let root: String
  private let boundary: DocsFolderBoundary
  private let lock = NSLock()
  /// The folders listed so far (relative to the docs folder, as spelled on disk): each entry's name by its
  /// name in lower case, `nil` when several entries share it.
  private var listings: [String: [String: String?]] = [:]

  public init(root: String, boundary: DocsFolderBoundary) {
    self.root = root
    self.boundary = boundary
  }

  /// The path (relative to the docs folder) of the one readable file inside the docs folder that `path`
  /// names when letter case is ignored; `nil` when there is none, several, or `path` itself is spelled as
  /// the file is.
  public func match(_ path: String) -> String? {
    guard ContainedPath.staysInside(path) else { return nil }
    var found = ""
    for name in path.split(separator: "/") {
      let written = found.isEmpty ? String(name) : found + "/" + name
      if FileManager.default.fileExists(atPath: root + "/" + written) {
        found = written
        continue
      }
      guard let entry = entry(matching: String(name), in: found) else { return nil }
      found = found.isEmpty ? entry : found + "/" + entry
    }
    guard found != path, case .inside(let real) = boundary.resolve(root + "/" + found) else { return nil }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder), !isFolder.boolValue,
      FileManager.default.isReadableFile(atPath: real)
    else { return nil }
    return found
  }

  /// The one entry of `folder` whose name is `name` when letter case is ignored.
  private func entry(matching name: String, in folder: String) -> String? {
    lock.withLock {
      if listings[folder] == nil { listings[folder] = list(folder) }
      return listings[folder]?[name.lowercased()] ?? nil
    }
  }

  /// The entries of `folder`, by name in lower case; none when it does not resolve inside the docs folder.
  private func list(_ folder: String) -> [String: String?] {
    guard case .inside(let real) = boundary.resolve(folder.isEmpty ? root : root + "/" + folder),
      let names = try? FileManager.default.contentsOfDirectory(atPath: real)
    else { return [:] }
    var entries: [String: String?] = [:]
    for name in names {
      let key = name.lowercased()
      entries[key] = entries[key] == nil ? .some(name) : .some(nil)
    }
    return entries
  }
}
