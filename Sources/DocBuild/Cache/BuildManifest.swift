import DocModel
import Foundation

/// What the last successful build read and wrote, kept in the build cache.
///
/// An unchanged doc set is recognized by ``inputs``, the fingerprint of everything the build read; its
/// outputs are known intact when every file in ``outputs`` still has the size and modification time it had
/// when written. The diagnostics are kept so that a cached build reports what the full build reported.
struct BuildManifest: Equatable {
  /// Bumped whenever the manifest's meaning changes; a manifest of another format is ignored.
  static let currentFormat = 5

  var format = currentFormat
  /// The fingerprint of the inputs (``InputFingerprint``).
  var inputs: String
  /// Files the build read outside the docs folder's own files (configuration, templates, includes), so
  /// that the next build hashes them too.
  var extraInputs: [String]
  var outputs: [OutputFile]
  /// Folders the build replaced whole (the site): a file added to one makes its outputs stale.
  var folders: [OutputFolder]
  var diagnostics: [Diagnostic]
  /// The docs folder's files as they were hashed, so that the next build hashes only the files that changed.
  var inputFiles: [InputFile] = []
  /// What the outputs made from the catalog alone read (``CatalogInputs``), when the build could vouch for it.
  var catalogInputs: String? = nil
  /// The docs folder's folders as they were listed, when each had settled (``BuildCache/docsDigest(previous:folders:)``):
  /// while every one is as it was, the docs folder holds the files of ``inputFiles`` and need not be listed.
  var inputFolders: [FolderStamp] = []

  /// A folder as it was listed: what changes whenever an entry is added to it, removed or renamed.
  struct FolderStamp: Equatable {
    /// The path relative to the docs folder ("" for the docs folder itself).
    var path: String
    var inode: UInt64
    var modified: Int64
    var changed: Int64

    init(path: String, inode: UInt64, modified: Int64, changed: Int64) {
      self.path = path
      self.inode = inode
      self.modified = modified
      self.changed = changed
    }

    /// The stamp of the folder at `path` whose status is `status`.
    init(path: String, _ status: FileStatus) {
      self.init(path: path, inode: status.inode, modified: status.modified, changed: status.changed)
    }
  }

  /// A file as the build left it.
  struct OutputFile: Equatable {
    var path: String
    var size: Int64
    var modified: Int64

    init(path: String, size: Int64, modified: Int64) {
      self.path = path
      self.size = size
      self.modified = modified
    }

    /// The record of the file at `path` whose status is `status`, or `nil` when it is no regular file.
    init?(_ path: String, _ status: FileStatus?) {
      guard let status, status.isRegularFile else { return nil }
      self.init(path: path, size: status.size, modified: status.modified)
    }
  }

  /// A file of the docs folder as it was hashed: where it is on disk and when it changed, and its digest;
  /// none when it changed too shortly before it was hashed for its stamp to be trusted.
  struct InputFile: Equatable {
    var path: String
    var stamp: FileStamp
    var digest: String?
  }

  /// What `stat` tells of a file that changes whenever its contents do: its size, inode, and the times of
  /// its last change of contents and of metadata, in nanoseconds.
  struct FileStamp: Equatable {
    var size: Int64
    var inode: UInt64
    var modified: Int64
    var changed: Int64

    init(size: Int64, inode: UInt64, modified: Int64, changed: Int64) {
      self.size = size
      self.inode = inode
      self.modified = modified
      self.changed = changed
    }

    /// The stamp of a file whose status is `status`.
    init(_ status: FileStatus) {
      self.init(size: status.size, inode: status.inode, modified: status.modified, changed: status.changed)
    }
  }

  /// A folder as the build left it: the number of files in it.
  struct OutputFolder: Equatable {
    var path: String
    var fileCount: Int
  }

  /// The size and modification time of a file, or `nil` when it is not a regular file (a symbolic link is
  /// not followed, as ``BuildCache/outputsIntact(_:)`` does not follow one).
  static func outputFile(_ path: String) -> OutputFile? {
    OutputFile(path, FileStatus.ofFile(path))
  }
}
