import Foundation

/// The files of a folder tree on disk.
enum FileTree {
  /// Everything below `folder` that is not a folder, as paths relative to it, in the order the folder lists
  /// them (none when it does not exist).
  static func files(in folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if enumerator.fileAttributes?[.type] as? FileAttributeType != .typeDirectory { found.append(relative) }
    }
    return found
  }
}
