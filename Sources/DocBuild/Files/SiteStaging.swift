import DocModel
import DocParser
import Foundation

/// A folder's new contents, written beside it file by file as they are made (from any thread), then swapped
/// in whole (see ``AtomicFileWriter/writeFolder(_:to:)``): the build never holds the whole site, and a
/// reader, or a build killed at any moment, finds the old folder or the new one, never a mix. A file whose
/// bytes did not change is a hard link to the old one: it keeps its inode and time.
///
/// The staging folder is made exclusively under a random name beside the folder, when the first file comes.
/// A build that keeps its results starts it instead from the site's previous contents, which the last build
/// swapped out and kept in the build cache (``startFromPrevious(keptAt:)``): they share the inode of each
/// file that build kept, so a file kept again is left in place rather than linked anew (``InheritedSite``);
/// any other file there is replaced, never written through, and what the new site lacks is removed before
/// the swap. The contents swapped out are kept there in their turn.
/// Every site gets the marker file ``OutputPlacement/siteMarker``; a folder that is not empty is only ever
/// replaced when it holds one.
final class SiteStaging: @unchecked Sendable {
  /// The folder to replace.
  let folder: String
  /// Where the new contents go until they are swapped in: `.NAME.tmp-PID-RANDOM` beside the folder, made
  /// with the first file.
  private var staging: String?
  private let lock = ShortLock()
  private var createdFolders: Set<String> = []
  private var fileCount = 0
  private var changedCount = 0
  private var failure: AtomicFileWriter.Failure?
  /// Whether ``prepare()`` found the new contents the same as the folder's.
  private var isUnchanged = false
  /// The stamp of each file staged whose stamp is known (taken, or kept), by its path in the folder.
  private var stamps: [String: SiteFileStamp] = [:]
  /// What the staging folder held when it was taken, when it is the site's previous contents.
  private var inherited: InheritedSite?
  /// Where the contents a swap replaces are kept for the next build (``startFromPrevious(keptAt:)``).
  private var previous: String?
  /// The path of each file staged, in the folder.
  private var placed: Set<String> = []
  /// Left once the previous contents are taken (``startFromPrevious(keptAt:)``): every use waits for it.
  private let previousTaken = DispatchGroup()

  /// What the marker file says.
  static let markerText = Array(
    "This folder is written by 'doccatalog build', which replaces it whole; this file marks it as one it wrote.\n"
      .utf8)

  /// Starts the new contents of `folder`, clearing what killed builds left beside it.
  init(folder: String) {
    self.folder = folder
    AtomicFileWriter.removeLeftovers(of: folder, isFolder: true)
  }

  /// Starts the new contents from the site's previous contents kept at `previous` (in the build cache), when
  /// they are there and can be used (``AtomicFileWriter/claimPrevious(at:for:)``, ``InheritedSite``), and
  /// keeps the contents the swap replaces there in turn. Called before the first file comes. The contents
  /// are taken and looked up on another core while the caller goes on: every other use of the staging
  /// folder waits until they are.
  func startFromPrevious(keptAt previous: String) {
    previousTaken.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      self.takePrevious(keptAt: previous)
      self.previousTaken.leave()
    }
  }

  private func takePrevious(keptAt previous: String) {
    lock.withLock {
      guard staging == nil else { return }
      self.previous = previous
      guard let claimed = AtomicFileWriter.claimPrevious(at: previous, for: folder) else { return }
      guard let found = InheritedSite.take(claimed) else {
        AtomicFileWriter.removeTree(claimed)
        return
      }
      staging = claimed
      inherited = found
      createdFolders.formUnion(found.folders.map { claimed + "/" + $0 })
    }
  }

  /// Keeps `old`, contents this staging's swap replaced (``swap(leavingOld:)``), for the next build when it
  /// keeps its results, else removes them.
  func retire(_ old: String) {
    previousTaken.wait()
    AtomicFileWriter.retire(old, to: lock.withLock { previous })
  }

  /// How many files the new contents have so far.
  var count: Int {
    previousTaken.wait()
    lock.lock()
    defer { lock.unlock() }
    return fileCount
  }

  /// Adds a file (its path relative to the folder): a hard link to the old file when the bytes are the same
  /// (or, in previous contents, the file already there when it is that one), else the bytes written. A
  /// failure is kept and thrown by ``finish()``.
  /// - Returns: with `stamped`, the new file's stamp, which ``keep(_:stamp:)`` takes in a later build.
  @discardableResult
  func add(_ relative: String, _ bytes: [UInt8], stamped: Bool = false) -> SiteFileStamp? {
    previousTaken.wait()
    guard let (new, inherited, wasPlaced) = place(relative) else { return nil }
    let old = folder + "/" + relative
    if AtomicFileWriter.fileHolds(old, [bytes]) {
      // A path this build wrote already holds what it wrote, not what the previous contents held.
      if !wasPlaced, let inherited, let stamp = SiteFileStamp(path: old), inherited.holds(relative, stamp: stamp) {
        return stamped ? note(relative, stamp) : nil
      }
      if Self.hardLink(old, to: new, at: relative, inherited) {
        return stamped ? note(relative, SiteFileStamp(path: new)) : nil
      }
    }
    lock.withLock { changedCount += 1 }
    if !AtomicFileWriter.createNewFile(new, [bytes]) {
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
    previousTaken.wait()
    return lock.withLock { stamps }
  }

  /// Every file of the new contents, by path in the folder: what the folder holds once they are swapped in
  /// (or, when they were found the same, what it held already).
  var files: Set<String> {
    previousTaken.wait()
    return lock.withLock { placed }
  }

  /// Where a file the last build wrote was found as that build wrote it (``holds(_:stamp:)``).
  enum Found: Sendable {
    /// In the previous contents the staging folder started from, sharing its inode with the site: it stays
    /// where it is.
    case inPlace
    /// In the old folder: it is linked into the staging folder.
    case inOldFolder
  }

  /// Where the file at `relative` that the last build stamped `stamp` (see ``add(_:_:stamped:)``) is still
  /// that file: in place in previous contents (unless this build wrote that path already), else in the old
  /// folder; `nil` when neither holds it.
  func holds(_ relative: String, stamp: SiteFileStamp) -> Found? {
    previousTaken.wait()
    let inPlace = lock.withLock { placed.contains(relative) ? false : inherited?.holds(relative, stamp: stamp) }
    if inPlace == true { return .inPlace }
    return SiteFileStamp(path: folder + "/" + relative) == stamp ? .inOldFolder : nil
  }

  /// The last build's record of the file at `relative` (`kept`), when it was made from what `key` names and
  /// that build's file is still there (``holds(_:stamp:)``), with where it was found; else `nil`.
  func stillHolds(
    _ relative: String, key: String, kept: [String: KeptSiteFiles.File]
  ) -> (file: KeptSiteFiles.File, found: Found)? {
    guard let file = kept[relative], file.key == key, let found = holds(relative, stamp: file.stamp) else { return nil }
    return (file, found)
  }

  /// Adds the file at `relative` that the last build stamped `stamp` (``holds(_:stamp:)``), as it is: left in
  /// place when previous contents already hold it, else a hard link to the old folder's, or a copy where no
  /// link can be made. A file no longer there, or changed, fails the build; with `found`, the caller has just
  /// seen where ``holds(_:stamp:)`` found it, and it is not looked at again.
  func keep(_ relative: String, stamp: SiteFileStamp, found: Found? = nil) {
    previousTaken.wait()
    let found = found ?? holds(relative, stamp: stamp)
    if found == .inPlace {
      // Its folders are there: it is only counted, unless this build has written that path since.
      let counted = lock.withLock {
        guard placed.insert(relative).inserted else { return false }
        fileCount += 1
        stamps[relative] = stamp
        return true
      }
      if !counted { keep(relative, stamp: stamp, found: holds(relative, stamp: stamp)) }
      return
    }
    guard let (new, inherited, _) = place(relative) else { return }
    let old = folder + "/" + relative
    guard found != nil else {
      fail("'\(old)' changed while the site was being built")
      return
    }
    if Self.hardLink(old, to: new, at: relative, inherited) {
      _ = note(relative, stamp)
      return
    }
    guard let bytes = try? FileReader.read(old), bytes.count == stamp.size,
      AtomicFileWriter.createNewFile(new, [bytes])
    else {
      fail("cannot write '\(new)': \(AtomicFileWriter.systemError())")
      return
    }
  }

  /// Counts a file at `relative` and makes its folder in the staging folder (taken with the first file).
  /// - Returns: the file's path there, with what the staging folder held when it was taken, and whether this
  ///   build placed that path before; or `nil` after a failure (kept for ``finish()``).
  private func place(_ relative: String) -> (path: String, inherited: InheritedSite?, wasPlaced: Bool)? {
    // Folders are made under the lock: a file may only be written once its folder is there.
    lock.lock()
    fileCount += 1
    let wasPlaced = !placed.insert(relative).inserted
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
        // An inherited file where a folder now goes is removed first.
        if inherited != nil { clearFiles(above: relative, in: staging) }
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        createdFolders.insert(parent)
      } catch {
        folderError = error
      }
    }
    let inherited = self.inherited
    lock.unlock()
    if let folderError {
      fail("cannot write the site to '\(staging)': \(folderError.localizedDescription)")
      return nil
    }
    return (new, inherited, wasPlaced)
  }

  /// Makes `new` (at `relative` in the staging folder) a hard link to `old`, first removing what inherited
  /// contents (`inherited`) have there when the link cannot be made over it.
  private static func hardLink(_ old: String, to new: String, at relative: String, _ inherited: InheritedSite?) -> Bool
  {
    if link(old, new) == 0 { return true }
    guard inherited?.has(relative) == true else { return false }
    AtomicFileWriter.removeTree(new)
    return link(old, new) == 0
  }

  /// Removes the inherited files that stand where the folders above `relative` go (called under the lock).
  private func clearFiles(above relative: String, in staging: String) {
    guard let inherited else { return }
    for folder in Self.folders(above: relative) where inherited.files.contains(String(folder)) {
      unlink(staging + "/" + folder)
    }
  }

  /// The folders `relative` is in, innermost first (`a/b` and `a` for `a/b/c`).
  private static func folders(above relative: String) -> some Sequence<Substring> {
    sequence(state: Substring(relative)) { rest -> Substring? in
      guard let slash = rest.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
      rest = rest[..<slash]
      return rest
    }
  }

  /// Removes from an inherited staging folder the files and folders the new contents do not have.
  private func removeUnplaced() {
    let (staging, inherited, placed) = lock.withLock { (self.staging, self.inherited, self.placed) }
    guard let staging, let inherited else { return }
    var needed: Set<Substring> = []
    for relative in placed {
      // A folder met before was met with the folders above it.
      for folder in Self.folders(above: relative) {
        guard needed.insert(folder).inserted else { break }
      }
    }
    // Folders first, outermost first (a folder removed takes what is in it); a folder whose place a file
    // took is gone already.
    var removed: [String] = []
    for folder in inherited.folders.sorted() where !needed.contains(Substring(folder)) && !placed.contains(folder) {
      if let last = removed.last, folder.hasPrefix(last + "/") { continue }
      AtomicFileWriter.removeTree(staging + "/" + folder)
      removed.append(folder)
      if FileStatus.ofFile(staging + "/" + folder) != nil {
        fail("cannot remove '\(staging)/\(folder)' from the new site")
      }
    }
    // A file already gone with its folder, or below a folder a file replaced, is no error.
    for relative in inherited.files where !placed.contains(relative) && !needed.contains(Substring(relative)) {
      if unlink(staging + "/" + relative) != 0 && errno != ENOENT && errno != ENOTDIR {
        fail("cannot remove '\(staging)/\(relative)' from the new site: \(AtomicFileWriter.systemError())")
      }
    }
  }

  /// Ends the new contents (adding the marker file) without swapping them in: throws what went wrong while
  /// they were written, or when the folder is one the tool did not write (not empty, without the marker).
  /// - Returns: the number of files written anew (new or changed), or `nil` when every file is unchanged and
  ///   no file is gone (``swap()`` then leaves the folder as it is).
  func prepare() throws(AtomicFileWriter.Failure) -> Int? {
    previousTaken.wait()
    add(OutputPlacement.siteMarker, Self.markerText)
    removeUnplaced()
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

  /// Puts the new contents in the place of the folder, in one atomic exchange (see ``prepare()``). The
  /// folder of files no longer needed (the old contents, or the new ones when they are the same as the
  /// folder's) is retired (``retire(_:)``); with `leavingOld`, it is left beside the folder under its
  /// temporary name for the caller to retire.
  /// - Returns: with `leavingOld`, that folder, if there is one.
  @discardableResult
  func swap(leavingOld: Bool = false) throws(AtomicFileWriter.Failure) -> String? {
    previousTaken.wait()
    guard let staging = lock.withLock({ self.staging }) else { return nil }
    if isUnchanged {
      lock.withLock { self.staging = nil }
      guard leavingOld else {
        retire(staging)
        return nil
      }
      return staging
    }
    let old = try AtomicFileWriter.swapFolder(staging, into: folder, leavingOld: true)
    lock.withLock { self.staging = nil }
    guard leavingOld else {
      if let old { retire(old) }
      return nil
    }
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
    previousTaken.wait()
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
