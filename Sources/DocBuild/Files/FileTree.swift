import Foundation

/// The files of a folder tree on disk, listed with `readdir` (the kind of each entry comes with its name,
/// so listing a site of thousands of files costs no `stat` per file).
enum FileTree {
  /// An entry below the folder listed.
  struct Entry {
    /// The path relative to the folder listed.
    var path: String
    var isRegularFile: Bool
    var isSymbolicLink: Bool = false
  }

  /// Everything below `folder` that is not a folder, as sorted paths relative to it (none when it does not
  /// exist).
  static func files(in folder: String) -> [String] {
    entries(in: folder).map(\.path)
  }

  /// How many files are below `folder` (``files(in:)``'s count, without sorting them).
  static func count(in folder: String) -> Int {
    count(inFolderOpenAt: open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC))
  }

  /// How many files are below the folder open at `descriptor` (closed here): its folders are opened from
  /// it, and no path or name is made.
  private static func count(inFolderOpenAt descriptor: Int32) -> Int {
    var found = 0
    list(folderOpenAt: descriptor) { name, kind in
      found +=
        kind == .folder
        ? count(inFolderOpenAt: openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) : 1
    }
    return found
  }

  /// What an entry of a listing is (a symbolic link is ``other``, never followed).
  enum Kind {
    case folder, regularFile, other
  }

  /// Lists the folder open at `descriptor`, which it takes (closed when done): `entry` is handed each entry
  /// but `.` and `..`, with its name (valid during the call) and its kind. The kind is the one the listing
  /// gives, told by `fstatat` where the file system gives none; an entry whose kind cannot be told is passed
  /// over. Then `afterwards` runs, the folder still open.
  /// - Returns: whether the listing was whole: the folder could be read to its end and no entry was passed
  ///   over.
  @discardableResult
  static func list(
    folderOpenAt descriptor: Int32, _ entry: (_ name: UnsafePointer<CChar>, _ kind: Kind) -> Void,
    afterwards: () -> Void = {}
  ) -> Bool {
    guard descriptor >= 0 else { return false }
    guard let directory = fdopendir(descriptor) else {
      close(descriptor)
      return false
    }
    defer { closedir(directory) }
    var isWhole = true
    while true {
      errno = 0
      guard let found = readdir(directory) else {
        if errno != 0 { isWhole = false }
        break
      }
      withUnsafeBytes(of: found.pointee.d_name) { raw in
        let name = raw.bindMemory(to: CChar.self).baseAddress!
        if name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0)) { return }
        var type = found.pointee.d_type
        if type == UInt8(DT_UNKNOWN) {
          var info = stat()
          guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            isWhole = false
            return
          }
          let mode = info.st_mode & S_IFMT
          type = UInt8(mode == S_IFDIR ? DT_DIR : mode == S_IFREG ? DT_REG : DT_LNK)
        }
        entry(name, type == UInt8(DT_DIR) ? .folder : type == UInt8(DT_REG) ? .regularFile : .other)
      }
    }
    afterwards()
    return isWhole
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
      right.utf8.withContiguousStorageIfAvailable { rightBytes in precedes(leftBytes, rightBytes) }
    }
    if let compared, let precedes = compared { return precedes }
    return left.utf8.lexicographicallyPrecedes(right.utf8)
  }

  /// `paths` in the order of their bytes (``precedes(_:_:)``'s): each path's bytes are copied out once, so
  /// that each comparison of the sort is one `memcmp` (a site's thousands of paths make tens of thousands).
  static func sortedByBytes(_ paths: some Sequence<String>) -> [String] {
    var keyed = paths.map { (bytes: Array($0.utf8), path: $0) }
    keyed.sort { left, right in
      left.bytes.withUnsafeBufferPointer { leftBytes in
        right.bytes.withUnsafeBufferPointer { rightBytes in precedes(leftBytes, rightBytes) }
      }
    }
    return keyed.map(\.path)
  }

  /// Whether `left` sorts before `right`: one `memcmp` over the bytes both have, then the shorter first.
  private static func precedes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
    let common = min(left.count, right.count)
    if common > 0, let leftBase = left.baseAddress, let rightBase = right.baseAddress {
      let order = memcmp(leftBase, rightBase, common)
      if order != 0 { return order < 0 }
    }
    return left.count < right.count
  }

  /// Hands `body` every entry below `folder` that is not a folder, in the order the folders list them; and
  /// `visiting` each folder listed (`folder` itself as ""), with its status as it was listed, and again with
  /// `nil` when it could not be listed whole (it could not be opened, read to its end, or an entry's kind
  /// could not be told), so that such a listing is never vouched for.
  private static func walk(
    _ folder: String, skips: (String, String) -> Bool, visiting: ((String, FileStatus?) -> Void)? = nil,
    _ body: (Entry) -> Void
  ) {
    var pending = [""]
    while let relative = pending.popLast() {
      guard let directory = opendir(relative.isEmpty ? folder : folder + "/" + relative) else {
        visiting?(relative, nil)
        continue
      }
      defer { closedir(directory) }
      if let visiting {
        var info = stat()
        visiting(relative, fstat(dirfd(directory), &info) == 0 ? FileStatus(info) : nil)
      }
      while true {
        errno = 0
        guard let entry = readdir(directory) else {
          if errno != 0 { visiting?(relative, nil) }
          break
        }
        let name = withUnsafeBytes(of: entry.pointee.d_name) {
          String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
        }
        guard name != ".", name != ".." else { continue }
        let path = relative.isEmpty ? name : relative + "/" + name
        var kind = entry.pointee.d_type
        if kind == UInt8(DT_UNKNOWN) {
          var info = stat()
          guard lstat(folder + "/" + path, &info) == 0 else {
            visiting?(relative, nil)
            continue
          }
          switch info.st_mode & S_IFMT {
          case S_IFDIR: kind = UInt8(DT_DIR)
          case S_IFREG: kind = UInt8(DT_REG)
          case S_IFLNK: kind = UInt8(DT_LNK)
          default: kind = UInt8(DT_UNKNOWN)
          }
        }
        if kind == UInt8(DT_DIR) {
          if !skips(path, name) { pending.append(path) }
        } else {
          body(Entry(path: path, isRegularFile: kind == UInt8(DT_REG), isSymbolicLink: kind == UInt8(DT_LNK)))
        }
      }
    }
  }
}
