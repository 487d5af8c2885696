import Foundation

/// The `.md` files below a folder, found with `readdir`: the entry types it reports spare a `stat` for
/// nearly every file.
///
/// Hidden entries and folders named `includes` are passed over. Links are followed, to folders as to
/// files, except into a folder the walk is already inside of, so that no link can make it go round. Any
/// entry that is not a folder is listed when its name ends in `.md`: reading it then says what is wrong
/// with it (a broken link, a FIFO).
enum MarkdownFileWalk {
  /// Paths relative to `folder`, sorted.
  static func files(in folder: String) -> [String] {
    var found: [String] = []
    var inside: Set<FolderID> = []
    walk(folder, relative: "", inside: &inside, into: &found)
    return found.sorted()
  }

  /// A folder's device and inode: the same folder reached through a link has the same one.
  private struct FolderID: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  private static func walk(
    _ directory: String, relative: String, inside: inout Set<FolderID>, into found: inout [String]
  ) {
    var status = stat()
    guard stat(directory, &status) == 0 else { return }
    let id = FolderID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    guard inside.insert(id).inserted, let stream = opendir(directory) else { return }
    defer {
      closedir(stream)
      inside.remove(id)
    }
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard !name.hasPrefix("."), name != "includes" else { continue }
      let path = directory + "/" + name
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      if isFolder(type: entry.pointee.d_type, at: path) {
        walk(path, relative: relativePath, inside: &inside, into: &found)
      } else if name.hasSuffix(".md") {
        found.append(relativePath)
      }
    }
  }

  /// Whether an entry is a folder or a link to one, from its `d_type`, or from `stat` for a link or where
  /// the file system does not say.
  private static func isFolder(type: UInt8, at path: String) -> Bool {
    switch Int32(type) {
    case Int32(DT_DIR): return true
    case Int32(DT_REG), Int32(DT_FIFO), Int32(DT_CHR), Int32(DT_BLK), Int32(DT_SOCK): return false
    default:
      // A broken link is no folder: it is listed, to be reported when it cannot be read.
      var status = stat()
      return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
  }
}
