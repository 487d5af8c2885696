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

  /// How many files are below `folder` (``files(in:)``'s count, without sorting them).
  static func count(in folder: String) -> Int {
    var count = 0
    walk(folder, skips: { _, _ in false }) { _ in count += 1 }
    return count
  }

  /// Everything below `folder` that is not a folder, sorted by path byte by byte (a total order, the same on
  /// every machine, where comparing names as strings takes two forms of one accented letter for equal). A
  /// folder for which `skips` is true (it is given the folder's path relative to `folder`, and its name) is
  /// not entered; nor are symbolic links to folders.
  static func entries(
    in folder: String, skips: (String, String) -> Bool = { _, _ in false },
    visiting: ((_ relative: String, FileStatus?) -> Void)? = nil
  ) -> [Entry] {
    var found: [Entry] = []
    walk(folder, skips: skips, visiting: visiting) { found.append($0) }
    return found.sorted { precedes($0.path, $1.path) }
  }

  /// Whether `left`'s bytes sort before `right`'s.
  static func precedes(_ left: String, _ right: String) -> Bool {
    let compared = left.utf8.withContiguousStorageIfAvailable { leftBytes in
      right.utf8.withContiguousStorageIfAvailable { rightBytes in
        let common = min(leftBytes.count, rightBytes.count)
        if common > 0, let leftBase = leftBytes.baseAddress, let rightBase = rightBytes.baseAddress {
          let order = memcmp(leftBase, rightBase, common)
          if order != 0 { return order < 0 }
        }
        return leftBytes.count < rightBytes.count
      }
    }
    if let compared, let precedes = compared { return precedes }
    return left.utf8.lexicographicallyPrecedes(right.utf8)
  }

  /// Hands `body` every entry below `folder` that is not a folder, in the order the folders list them; and
  /// `visiting` each folder listed (`folder` itself as ""), with its status as it was listed.
  private static func walk(
    _ folder: String, skips: (String, String) -> Bool, visiting: ((String, FileStatus?) -> Void)? = nil,
    _ body: (Entry) -> Void
  ) {
    var pending = [""]
    while let relative = pending.popLast() {
      guard let directory = opendir(relative.isEmpty ? folder : folder + "/" + relative) else { continue }
      defer { closedir(directory) }
      if let visiting {
        var info = stat()
        visiting(relative, fstat(dirfd(directory), &info) == 0 ? FileStatus(info) : nil)
      }
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
          body(Entry(path: path, isRegularFile: kind == UInt8(DT_REG)))
        }
      }
    }
  }
}
