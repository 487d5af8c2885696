import DocModel
import Foundation

/// What `stat` says of a file that the cache compares: its kind, size, inode and times.
struct FileStatus: Sendable, Equatable {
  var isRegularFile: Bool
  var isFolder: Bool
  var device: UInt64
  var size: Int64
  var inode: UInt64
  var modified: Int64
  var changed: Int64
  /// How many names the file has.
  var links: Int

  init(_ info: stat) {
    isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
    isFolder = (info.st_mode & S_IFMT) == S_IFDIR
    device = UInt64(info.st_dev)
    size = Int64(info.st_size)
    inode = UInt64(info.st_ino)
    modified = info.st_mtim.nanoseconds
    changed = info.st_ctim.nanoseconds
    links = Int(info.st_nlink)
  }

  /// The status of the file at `path`, not following a symbolic link it names; `nil` where there is none.
  static func ofFile(_ path: String) -> FileStatus? {
    var info = stat()
    return lstat(path, &info) == 0 ? FileStatus(info) : nil
  }

  /// The status of each of `paths` (relative to `base` when it is given), not following a symbolic link
  /// that a path names; `nil` where there is none.
  ///
  /// A build looks up every docs file and every output it left: each folder is opened once, and each file
  /// is looked up from its folder's descriptor on every core, so the kernel resolves one name per file
  /// rather than the whole path.
  static func ofFiles(_ paths: [String], base: String? = nil) -> [FileStatus?] {
    // Where each path's name starts, and its folder among the folders in order of first use. Folders are
    // told apart by their bytes: two forms of one accented name are two folders.
    var folderOfPath: [Int] = []
    var nameStart: [Int] = []
    var folders: [String] = []
    var folderIndex: [[UInt8]: Int] = [:]
    folderOfPath.reserveCapacity(paths.count)
    nameStart.reserveCapacity(paths.count)
    var lastFolder: [UInt8]?
    for var path in paths {
      path.withUTF8 { bytes in
        let slash = bytes.lastIndex(of: UInt8(ascii: "/"))
        nameStart.append(slash.map { $0 + 1 } ?? 0)
        let folder = UnsafeBufferPointer(rebasing: bytes[..<(slash.map { $0 == 0 ? 1 : $0 } ?? 0)])
        if let lastFolder, let last = folderOfPath.last, lastFolder.count == folder.count,
          folder.isEmpty
            || lastFolder.withUnsafeBytes({ memcmp($0.baseAddress!, folder.baseAddress!, folder.count) == 0 })
        {
          folderOfPath.append(last)
          return
        }
        let key = Array(folder)
        lastFolder = key
        if let index = folderIndex[key] {
          folderOfPath.append(index)
          return
        }
        let name = String(decoding: folder, as: UTF8.self)
        folderIndex[key] = folders.count
        folderOfPath.append(folders.count)
        folders.append(base.map { name.isEmpty ? $0 : $0 + "/" + name } ?? (name.isEmpty ? "." : name))
      }
    }
    let folderOfPaths = folderOfPath
    let nameStarts = nameStart
    // Folders are opened a batch at a time, so that a doc set of many folders stays far from the limit on
    // open files.
    var statuses = [FileStatus?](repeating: nil, count: paths.count)
    let pathsByFolder = Dictionary(grouping: paths.indices, by: { folderOfPaths[$0] })
    let batchSize = 256
    for batchStart in stride(from: 0, to: folders.count, by: batchSize) {
      let batch = batchStart..<min(batchStart + batchSize, folders.count)
      let descriptors = batch.map { open(folders[$0], O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
      defer { for descriptor in descriptors where descriptor >= 0 { close(descriptor) } }
      let indices = batch.flatMap { pathsByFolder[$0] ?? [] }
      let found = ConcurrentMap.map(indices) { index -> FileStatus? in
        let descriptor = descriptors[folderOfPaths[index] - batchStart]
        // A folder that could not be opened (no descriptor left, say): its files are looked up by path.
        guard descriptor >= 0 else { return ofFile(base.map { $0 + "/" + paths[index] } ?? paths[index]) }
        var path = paths[index]
        return path.withUTF8 { bytes -> FileStatus? in
          // The name is the rest of the path, which ends where the path's bytes end.
          withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count - nameStarts[index] + 1) { name in
            var length = 0
            for byte in bytes[nameStarts[index]...] {
              name[length] = CChar(bitPattern: byte)
              length += 1
            }
            name[length] = 0
            var info = stat()
            guard fstatat(descriptor, name.baseAddress!, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
            return FileStatus(info)
          }
        }
      }
      for (index, status) in zip(indices, found) { statuses[index] = status }
    }
    return statuses
  }
}
