import Foundation

/// A folder's new contents, written beside it file by file as they are made (from any thread), then swapped
/// in whole (see ``AtomicFileWriter/writeFolder(_:to:)``): the build never holds the whole site, and a
/// reader, or a build killed at any moment, finds the old folder or the new one, never a mix. A file whose
/// bytes did not change is a hard link to the old one: it keeps its inode and time.
final class SiteStaging: @unchecked Sendable {
  /// The folder to replace.
  let folder: String
  /// Where the new contents go until they are swapped in: `.NAME.tmp-PID` beside the folder.
  private let staging: String
  private let lock = NSLock()
  private var createdFolders: Set<String> = []
  private var fileCount = 0
  private var changedCount = 0
  private var failure: AtomicFileWriter.Failure?

  /// Starts the new contents of `folder`, clearing what killed builds left beside it.
  init(folder: String) {
    self.folder = folder
    AtomicFileWriter.removeLeftovers(of: folder)
    staging = AtomicFileWriter.sibling(of: folder, "tmp")
    try? FileManager.default.removeItem(atPath: staging)
  }

  /// How many files the new contents have so far.
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return fileCount
  }

  /// Adds a file (its path relative to the folder): a hard link to the old file when the bytes are the same,
  /// else the bytes written. A failure is kept and thrown by ``finish()``.
  func add(_ relative: String, _ bytes: [UInt8]) {
    let old = folder + "/" + relative
    let new = staging + "/" + relative
    let parent = (new as NSString).deletingLastPathComponent
    // Folders are made under the lock: a file may only be written once its folder is there.
    lock.lock()
    fileCount += 1
    var folderError: (any Error)?
    if !createdFolders.contains(parent) {
      do {
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        createdFolders.insert(parent)
      } catch {
        folderError = error
      }
    }
    lock.unlock()
    if let folderError {
      fail("cannot write the site to '\(staging)': \(folderError.localizedDescription)")
      return
    }
    if AtomicFileWriter.fileHolds(old, [bytes]) && link(old, new) == 0 { return }
    lock.lock()
    changedCount += 1
    lock.unlock()
    if !AtomicFileWriter.createFile(new, [bytes]) {
      fail("cannot write '\(new)': \(String(cString: strerror(errno)))")
    }
  }

  /// Swaps the new contents in, or leaves the folder as it was when every file is unchanged and no file
  /// is gone.
  /// - Returns: the number of files written anew (new or changed), or `nil` when the folder was left as it was.
  func finish() throws(AtomicFileWriter.Failure) -> Int? {
    lock.lock()
    let (failure, files, changed) = (self.failure, fileCount, changedCount)
    lock.unlock()
    if let failure {
      abandon()
      throw failure
    }
    let manager = FileManager.default
    if changed == 0 && FileTree.files(in: folder).count == files {
      abandon()
      return nil
    }
    if !manager.fileExists(atPath: staging) {
      try? manager.createDirectory(atPath: staging, withIntermediateDirectories: true)  // an empty site
    }
    try AtomicFileWriter.swapFolder(staging, into: folder)
    return changed
  }

  /// Drops the new contents (the build failed before the swap).
  func abandon() {
    try? FileManager.default.removeItem(atPath: staging)
  }

  private func fail(_ description: String) {
    lock.lock()
    if failure == nil { failure = AtomicFileWriter.Failure(description: description) }
    lock.unlock()
  }
}
