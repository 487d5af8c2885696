import Foundation

/// What identifies a site file a build wrote: its inode, size and time of last change of contents. A hard
/// link keeps all three, so a file with the same stamp in a later build's old site is the very file that
/// build wrote, with its bytes, and can be linked again instead of rendered and compared.
struct SiteFileStamp: Sendable, Equatable {
  var inode: UInt64
  var size: Int64
  var modified: Int64

  init(inode: UInt64, size: Int64, modified: Int64) {
    self.inode = inode
    self.size = size
    self.modified = modified
  }

  /// The stamp of a file whose status is `status`.
  init(_ status: FileStatus) {
    self.init(inode: status.inode, size: status.size, modified: status.modified)
  }

  /// The stamp of the regular file at `path` (not followed if it is a symbolic link), or `nil`.
  init?(path: String) {
    guard let status = FileStatus.ofFile(path), status.isRegularFile else { return nil }
    self.init(status)
  }
}
