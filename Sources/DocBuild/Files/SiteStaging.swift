import DocParser
import Foundation

/// A folder's new contents, written beside it file by file as they are made (from any thread), then swapped
/// in whole (see ``AtomicFileWriter/writeFolder(_:to:)``): the build never holds the whole site, and a
/// reader, or a build killed at any moment, finds the old folder or the new one, never a mix. A file whose
/// bytes did not change is a hard link to the old one: it keeps its inode and time.
///
/// The staging folder is made exclusively under a random name beside the folder, when the first file comes.
/// Every site gets the marker file ``OutputPlacement/siteMarker``; a folder that is not empty is only ever
/// replaced when it holds one.
final class SiteStaging: @unchecked Sendable {
  /// The folder to replace.
  let folder: String
  /// Where the new contents go until they are swapped in: `.NAME.tmp-PID-RANDOM` beside the folder, made
  /// with the first file.
  private var staging: String?
  private let lock = NSLock()
  private var createdFolders: Set<String> = []
  private var fileCount = 0
  private var changedCount = 0
  private var failure: AtomicFileWriter.Failure?
  /// Whether ``prepare()`` found the new contents the same as the folder's.
  private var isUnchanged = false
  /// The stamp of each file staged whose stamp is known (taken, or kept), by its path in the folder.
  private var stamps: [String: SiteFileStamp] = [:]

  /// What the marker file says.
  static let markerText = Array(
    "This folder is written by 'doccatalog build', which replaces it whole; this file marks it as one it wrote.\n"
      .utf8)

  /// Starts the new contents of `folder`, clearing what killed builds left beside it.
  init(folder: String) {
    self.folder = folder
    AtomicFileWriter.removeLeftovers(of: folder, isFolder: true)
  }

  /// How many files the new contents have so far.
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return fileCount
  }

  /// Adds a file (its path relative to the folder): a hard link to the old file when the bytes are the same,
  /// else the bytes written. A failure is kept and thrown by ``finish()``.
  /// - Returns: with `stamped`, the new file's stamp, which ``keep(_:stamp:)`` takes in a later build.
  @discardableResult
  func add(_ relative: String, _ bytes: [UInt8], stamped: Bool = false) -> SiteFileStamp? {
    guard let new = place(relative) else { return nil }
    let old = folder + "/" + relative
    if AtomicFileWriter.fileHolds(old, [bytes]) && link(old, new) == 0 {
      return stamped ? note(relative, SiteFileStamp(path: new)) : nil
    }
    lock.withLock { changedCount += 1 }
    if !AtomicFileWriter.createFile(new, [bytes]) {
      fail("cannot write '\(new)': \(AtomicFileWriter.systemError())")
      return nil
    }
    return stamped ? note(relative, SiteFileStamp(path: new)) : nil
  }

  /// Notes `stamp` as the stamp of the file staged at `relative`.
  private func note(_ relative: String, _ stamp: SiteFileStamp?) -> SiteFileStamp? {
    if let stamp { lock.withLock { stamps[relative] = stamp } }
    return stamp
  }

  /// The stamps of the files staged that are known, by path in the folder: those taken as they were written
  /// and those of the files kept from the old folder, which hard links keep.
  var knownStamps: [String: SiteFileStamp] {
    lock.withLock { stamps }
  }

  /// Whether the old folder's file at `relative` is the one stamped `stamp` (see ``add(_:_:stamped:)``).
  func holds(_ relative: String, stamp: SiteFileStamp) -> Bool {
    SiteFileStamp(path: folder + "/" + relative) == stamp
  }

  /// The last build's record of the file at `relative` (`kept`), when it was made from what `key` names and
  /// the old folder's file is still the one that build wrote; else `nil`.
  func stillHolds(_ relative: String, key: String, kept: [String: KeptSiteFiles.File]) -> KeptSiteFiles.File? {
    guard let file = kept[relative], file.key == key, holds(relative, stamp: file.stamp) else { return nil }
    return file
  }

  /// Adds the old folder's file at `relative`, stamped `stamp` (``holds(_:stamp:)``), as it is: a hard link,
  /// or a copy where no link can be made. A file no longer there, or changed, fails the build; with
  /// `justChecked`, the caller has just seen ``holds(_:stamp:)`` true, and the file is linked without
  /// looking again.
  func keep(_ relative: String, stamp: SiteFileStamp, justChecked: Bool = false) {
    guard let new = place(relative) else { return }
    let old = folder + "/" + relative
    guard justChecked || SiteFileStamp(path: old) == stamp else {
      fail("'\(old)' changed while the site was being built")
      return
    }
    if link(old, new) == 0 {
      _ = note(relative, stamp)
      return
    }
    guard let bytes = try? FileReader.read(old), bytes.count == stamp.size,
      AtomicFileWriter.createFile(new, [bytes])
    else {
      fail("cannot write '\(new)': \(AtomicFileWriter.systemError())")
      return
    }
  }

  /// Counts a file at `relative` and makes its folder in the staging folder (made with the first file).
  /// - Returns: the file's path there, or `nil` after a failure (kept for ``finish()``).
  private func place(_ relative: String) -> String? {
    // Folders are made under the lock: a file may only be written once its folder is there.
    lock.lock()
    fileCount += 1
    if staging == nil {
      switch AtomicFileWriter.createStagingFolder(beside: folder) {
      case .success(let created): staging = created
      case .failure(let problem): failure = failure ?? problem
      }
    }
    guard let staging else {
      lock.unlock()
      return nil
    }
    let new = staging + "/" + relative
    let parent = AtomicFileWriter.parts(of: new).parent
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
      return nil
    }
    return new
  }

  /// Ends the new contents (adding the marker file) without swapping them in: throws what went wrong while
  /// they were written, or when the folder is one the tool did not write (not empty, without the marker).
  /// - Returns: the number of files written anew (new or changed), or `nil` when every file is unchanged and
  ///   no file is gone (``swap()`` then leaves the folder as it is).
  func prepare() throws(AtomicFileWriter.Failure) -> Int? {
    add(OutputPlacement.siteMarker, Self.markerText)
    lock.lock()
    let (failure, files, changed) = (self.failure, fileCount, changedCount)
    lock.unlock()
    if let failure {
      abandon()
      throw failure
    }
    let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    if !existing.isEmpty && !existing.contains(OutputPlacement.siteMarker) {
      abandon()
      throw AtomicFileWriter.Failure(
        description: "'\(folder)' is a folder this tool did not write (it has no '\(OutputPlacement.siteMarker)'); "
          + "empty or remove it, or name another folder")
    }
    isUnchanged = changed == 0 && FileTree.count(in: folder) == files
    return isUnchanged ? nil : changed
  }

  /// Puts the new contents in the place of the folder, in one atomic exchange (see ``prepare()``); with
  /// `leavingOld`, the folder of files no longer needed (the old contents, or the new ones when they are the
  /// same as the folder's) is left beside it under its temporary name, for the caller to remove.
  /// - Returns: with `leavingOld`, that folder, if there is one.
  @discardableResult
  func swap(leavingOld: Bool = false) throws(AtomicFileWriter.Failure) -> String? {
    guard let staging else { return nil }
    if isUnchanged {
      guard leavingOld else {
        abandon()
        return nil
      }
      lock.withLock { self.staging = nil }
      return staging
    }
    let old = try AtomicFileWriter.swapFolder(staging, into: folder, leavingOld: leavingOld)
    self.staging = nil
    return old
  }

  /// ``prepare()``, then ``swap()``.
  /// - Returns: what ``prepare()`` returns.
  func finish() throws(AtomicFileWriter.Failure) -> Int? {
    let written = try prepare()
    try swap()
    return written
  }

  /// Drops the new contents (the build failed before the swap).
  func abandon() {
    lock.lock()
    let staging = self.staging
    self.staging = nil
    lock.unlock()
    if let staging { AtomicFileWriter.removeTree(staging) }
  }

  private func fail(_ description: String) {
    lock.lock()
    if failure == nil { failure = AtomicFileWriter.Failure(description: description) }
    lock.unlock()
  }
}
