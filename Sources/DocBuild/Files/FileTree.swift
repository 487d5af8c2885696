import Foundation

/// The files of a folder tree on disk, listed with `readdir` (the kind of each entry comes with its name,
/// so listing a site of thousands of files costs no `stat` per file).
enum FileTree {
  /// An entry below the folder listed.
  struct Entry {
    /// The path relative to the folder listed.
    var path: String
    var isRegularFile: Bool
  }

  /// Everything below `folder` that is not a folder, as sorted paths relative to it (none when it does not
  /// exist).
  static func files(in folder: String) -> [String] {
    entries(in: folder).map(\.path)
  }

  /// Everything below `folder` that is not a folder, sorted by path. A folder for which `skips` is true (it
  /// is given the folder's path relative to `folder`, and its name) is not entered; nor are symbolic links
  /// to folders.
  static func entries(in folder: String, skips: (String, String) -> Bool = { _, _ in false }) -> [Entry] {
    var found: [Entry] = []
    var pending = [""]
    while let relative = pending.popLast() {
      guard let directory = opendir(relative.isEmpty ? folder : folder + "/" + relative) else { continue }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) {
          String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
        }
        guard name != ".", name != ".." else { continue }
        let path = relative.isEmpty ? name : relative + "/" + name
        var kind = entry.pointee.d_type
        if kind == UInt8(DT_UNKNOWN) {
          var info = stat()
          guard lstat(folder + "/" + path, &info) == 0 else { continue }
          kind =
            (info.st_mode & S_IFMT) == S_IFDIR
            ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : UInt8(DT_LNK)
        }
        if kind == UInt8(DT_DIR) {
          if !skips(path, name) { pending.append(path) }
        } else {
          found.append(Entry(path: path, isRegularFile: kind == UInt8(DT_REG)))
        }
      }
    }
    return found.sorted { $0.path < $1.path }
  }
}
