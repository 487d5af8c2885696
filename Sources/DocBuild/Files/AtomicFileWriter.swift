import Foundation

/// Writes files so that a reader, or a build killed half-way, never sees a partial file:
/// the bytes go to a temporary file beside the target, which is then renamed over it.
public enum AtomicFileWriter {
  /// Why a file could not be written.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Writes `bytes` to `path`, creating its folder; an identical file is left untouched.
  /// - Returns: whether the file changed.
  @discardableResult
  public static func write(_ bytes: [UInt8], to path: String) throws(Failure) -> Bool {
    try write(chunks: [bytes], to: path)
  }

  /// Writes the concatenation of `chunks` to `path`, like ``write(_:to:)``, without joining them first.
  /// - Returns: whether the file changed.
  @discardableResult
  public static func write(chunks: [[UInt8]], to path: String) throws(Failure) -> Bool {
    try write(to: path) { consume in chunks.forEach(consume) }
  }

  /// Writes to `path` what `produce` hands to its argument, a chunk at a time, as it is made: an output is
  /// never held whole. While the chunks match the file already there, nothing is written; at the first
  /// difference, the matching start is copied from the old file into a temporary file beside it, which
  /// then takes the rest and is renamed over the old file at the end. An identical file is left untouched.
  /// Chunks are gathered up to 256 KB before they are compared or written.
  /// - Returns: whether the file changed.
  @discardableResult
  public static func write(to path: String, produce: (_ consume: ([UInt8]) -> Void) -> Void) throws(Failure) -> Bool {
    try write(to: path, batchSize: FileReplacement.batchSize, produce: produce)
  }

  /// ``write(to:produce:)``, gathering chunks up to `batchSize` bytes.
  @discardableResult
  static func write(
    to path: String, batchSize: Int, produce: (_ consume: ([UInt8]) -> Void) -> Void
  ) throws(Failure) -> Bool {
    let staged = try stage(to: path, batchSize: batchSize, produce: produce)
    try staged.commit()
    return staged.changes
  }

  /// Writes what `produce` makes to a temporary file beside `path` (see ``write(to:produce:)``) without
  /// putting it in place: ``StagedFile/commit()`` does, or ``StagedFile/discard()`` drops it.
  static func stage(
    to path: String, batchSize: Int = FileReplacement.batchSize, produce: (_ consume: ([UInt8]) -> Void) -> Void
  ) throws(Failure) -> StagedFile {
    removeLeftovers(of: path, isFolder: false)
    let folder = parts(of: path).parent
    if folder != "." {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw Failure(description: "cannot create folder '\(folder)': \(error.localizedDescription)")
      }
    }
    var replacement = FileReplacement(path: path, batchSize: batchSize)
    produce { replacement.append($0) }
    return StagedFile(path: path, temporary: try replacement.stage())
  }

  /// Replaces the folder `path` with one holding exactly `files` (paths relative to it): the new tree is
  /// written beside it, then swapped in by one atomic exchange of the two names (Linux `renameat2`), so a
  /// reader, or a build killed at any moment, finds the old site or the new one, never a mix. Files whose
  /// bytes did not change are hard links to the old ones, not rewritten: they keep their inode and time.
  /// With `previous`, the new tree starts from the old contents kept there and the replaced ones are kept
  /// there in turn (``SiteStaging/startFromPrevious(keptAt:)``).
  /// - Returns: the number of files written anew (new or changed), or `nil` when the folder was left as
  ///   it was.
  @discardableResult
  public static func writeFolder(
    _ files: [String: [UInt8]], to path: String, previous: String? = nil
  ) throws(Failure) -> Int? {
    let staging = SiteStaging(folder: path)
    if let previous { staging.startFromPrevious(keptAt: previous) }
    for (relative, bytes) in files.sorted(by: { $0.key < $1.key }) { staging.add(relative, bytes) }
    return try staging.finish()
  }

  /// Puts the folder `staging` in the place of `path` (which may not exist yet) in one atomic exchange of
  /// the two names (Linux `renameat2`), then removes the old contents; where there is no exchange, the old
  /// folder is moved aside first. With `leavingOld`, the old contents are left where they now are (a
  /// temporary name beside `path`, ``removeLeftovers(of:isFolder:)``'s to remove) for the caller to remove.
  /// - Returns: with `leavingOld`, where the old contents are, if there were any.
  @discardableResult
  static func swapFolder(_ staging: String, into path: String, leavingOld: Bool = false) throws(Failure) -> String? {
    var info = stat()
    if lstat(path, &info) == 0 {
      if let exchange = renameExchange,
        exchange(atCurrentDirectory, staging, atCurrentDirectory, path, renameExchangeFlag) == 0
      {
        // `staging` now holds the old site.
        if leavingOld { return staging }
        removeTree(staging)
        return nil
      }
      // Without an atomic exchange: move the old site aside, the new one in, then drop the old one.
      let previous = uniqueName(beside: path, "old")
      guard rename(path, previous) == 0 else {
        let reason = systemError()
        removeTree(staging)
        throw Failure(description: "cannot move the old '\(path)' aside to replace it: \(reason)")
      }
      guard rename(staging, path) == 0 else {
        let reason = systemError()
        _ = rename(previous, path)
        removeTree(staging)
        throw Failure(description: "cannot move the new site into '\(path)': \(reason)")
      }
      if leavingOld { return previous }
      removeTree(previous)
      return nil
    }
    guard rename(staging, path) == 0 else {
      let reason = systemError()
      removeTree(staging)
      throw Failure(description: "cannot move the new site into '\(path)': \(reason)")
    }
    return nil
  }

  /// Takes the old contents of the site folder `path` that the last build kept at `previous` (in the build
  /// cache, see ``SiteStaging/startFromPrevious(keptAt:)``) for this process, renaming them beside `path`
  /// under a temporary name of its own: only while the site folder is there, and only a real folder owned by
  /// this user that holds the site marker; it is looked at again once it is ours.
  /// - Returns: the folder's new path, or `nil` when there was none to take (or it is on another device).
  static func claimPrevious(at previous: String, for path: String) -> String? {
    var info = stat()
    guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
      lstat(previous, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == geteuid(),
      lstat(previous + "/" + OutputPlacement.siteMarker, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG
    else { return nil }
    let claimed = uniqueName(beside: path, "tmp")
    guard rename(previous, claimed) == 0 else { return nil }
    guard lstat(claimed, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == geteuid() else {
      removeTree(claimed)
      return nil
    }
    return claimed
  }

  /// Keeps `old`, a site folder's replaced contents, at `previous` for the next build to start from, when
  /// the folder `previous` goes in is a real folder on the same device and the name is free; else removes
  /// them, as without `previous`.
  static func retire(_ old: String, to previous: String?) {
    var info = stat()
    if let previous, lstat(parts(of: previous).parent, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
      rename(old, previous) == 0
    {
      return
    }
    removeTree(old)
  }

  /// Creates the file `path` with `chunks`, never writing into a file already there: a file (or folder) in
  /// the way is removed first, so that a hard link to another file is replaced, not written through.
  static func createNewFile(_ path: String, _ chunks: [[UInt8]]) -> Bool {
    var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    if descriptor < 0 && errno == EEXIST {
      removeTree(path)
      descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    }
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return chunks.allSatisfy { writeAll(descriptor, $0) }
  }

  /// What the last system call's `errno` says, read at once (before another call can change it).
  static func systemError(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
  }

  /// Whether the file at `path` holds exactly the concatenation of `chunks`: read a block at a time and
  /// compared with `memcmp`, so that checking a large output does not hold a second copy of it.
  static func fileHolds(_ path: String, _ chunks: [[UInt8]]) -> Bool {
    let size = chunks.reduce(0) { $0 + $1.count }
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == size else { return false }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var block = [UInt8](repeating: 0, count: min(1 << 20, max(size, 1)))
    return chunks.allSatisfy { readMatches(descriptor, $0, block: &block) }
  }

  /// Whether the next bytes read from `descriptor` are `chunk`, read into `block` (not empty) a block at a
  /// time and compared with `memcmp`.
  static func readMatches(_ descriptor: Int32, _ chunk: [UInt8], block: inout [UInt8]) -> Bool {
    var offset = 0
    while offset < chunk.count {
      let wanted = min(block.count, chunk.count - offset)
      let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, wanted) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      let equal = block.withUnsafeBytes { readBytes in
        chunk.withUnsafeBytes { memcmp(readBytes.baseAddress!, $0.baseAddress! + offset, count) == 0 }
      }
      guard equal else { return false }
      offset += count
    }
    return true
  }

  /// A path's folder (`.` when it has none) and last component; trailing slashes are left out. Paths are
  /// checked before they get here (``OutputPlacement``), so the name is never empty, `.` or `..`.
  static func parts(of path: String) -> (parent: String, name: String) {
    let slash = UInt8(ascii: "/")
    var trimmed = Substring(path).utf8
    while trimmed.count > 1 && trimmed.last == slash { trimmed = trimmed.dropLast() }
    guard let last = trimmed.lastIndex(of: slash) else { return (".", String(Substring(trimmed))) }
    let parent = Substring(trimmed[..<last])
    return (parent.isEmpty ? "/" : String(parent), String(Substring(trimmed[trimmed.index(after: last)...])))
  }

  /// The start of the names of what a build leaves beside `path` while it works, for `kind` (`tmp`, `old`):
  /// `.NAME.KIND-` (the name cut to 200 bytes, so that the whole stays within a file name's 255).
  private static func prefix(of path: String, _ kind: String) -> (parent: String, prefix: String) {
    let (parent, name) = parts(of: path)
    let short = name.utf8.count > 200 ? String(decoding: name.utf8.prefix(200), as: UTF8.self) : name
    return (parent, ".\(short).\(kind)-")
  }

  /// A name beside `path` that no file had a moment ago and no other build can guess:
  /// `.NAME.KIND-PID-RANDOM`, the process id telling later builds whether its maker still runs.
  static func uniqueName(beside path: String, _ kind: String) -> String {
    let (parent, start) = prefix(of: path, kind)
    let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
    return (parent == "." ? "" : parent == "/" ? "/" : parent + "/")
      + start + "\(ProcessInfo.processInfo.processIdentifier)-\(random)"
  }

  /// Creates a temporary file beside `path` that did not exist (`O_EXCL`, never through a symbolic link),
  /// under a random name, trying other names while one is taken.
  /// - Returns: its path and descriptor, or the error (`errno`) that stopped it.
  static func createTemporaryFile(beside path: String) -> Result<(path: String, descriptor: Int32), Failure> {
    var code: Int32 = EEXIST
    for _ in 0..<100 {
      let name = uniqueName(beside: path, "tmp")
      let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      if descriptor >= 0 { return .success((name, descriptor)) }
      code = errno
      guard code == EEXIST else { break }
    }
    return .failure(Failure(description: "cannot create a temporary file beside '\(path)': \(systemError(code))"))
  }

  /// Creates a folder beside `path` that did not exist, under a random name, like
  /// ``createTemporaryFile(beside:)`` (and the folder `path` is in, when it is missing).
  static func createStagingFolder(beside path: String) -> Result<String, Failure> {
    let parent = parts(of: path).parent
    if parent != "." { try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
    var code: Int32 = EEXIST
    for _ in 0..<100 {
      let name = uniqueName(beside: path, "tmp")
      if mkdir(name, 0o755) == 0 { return .success(name) }
      code = errno
      guard code == EEXIST else { break }
    }
    return .failure(Failure(description: "cannot create a folder beside '\(path)': \(systemError(code))"))
  }

  /// Removes what builds killed before they could clean up left beside `path` (each write does this first;
  /// a build with nothing to write calls it itself): entries named as this tool names them (with the id of
  /// a process that no longer runs), and only when they are what it makes there, regular files beside a
  /// file, real folders beside a folder (those are removed without following any symbolic link in them).
  static func removeLeftovers(of path: String, isFolder: Bool) {
    let (parent, tmp) = prefix(of: path, "tmp")
    let old = prefix(of: path, "old").prefix
    guard let directory = opendir(parent) else { return }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) {
        String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
      }
      if name.hasPrefix(tmp) || (isFolder && name.hasPrefix(old)) { names.append(name) }
    }
    closedir(directory)
    for name in names {
      // `PID` (as builds before named them) or `PID-RANDOM`.
      let suffix = name.dropFirst(name.hasPrefix(tmp) ? tmp.count : old.count).split(
        separator: "-", omittingEmptySubsequences: false)
      guard (1...2).contains(suffix.count), let pid = Int32(suffix[0]), pid > 0,
        suffix.count == 1 || (!suffix[1].isEmpty && suffix[1].allSatisfy(\.isHexDigit)),
        pid != ProcessInfo.processInfo.processIdentifier, kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      let leftover = (parent == "/" ? "/" : parent + "/") + name
      var info = stat()
      guard lstat(leftover, &info) == 0 else { continue }
      let kind = info.st_mode & S_IFMT
      if isFolder && kind == S_IFDIR {
        removeTree(leftover)
      } else if !isFolder && kind == S_IFREG {
        unlink(leftover)
      }
    }
  }

  /// Removes a folder and everything in it, never following a symbolic link (a link is removed itself).
  static func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      unlink(path)
      return
    }
    removeContents(ofFolder: open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC))
    rmdir(path)
  }

  /// Removes everything in the folder open at `descriptor` (closed here), never following a symbolic link:
  /// each entry by the kind its listing gives (no `stat` unless the file system gives none), relative to
  /// the folder, so that a site of thousands of files costs one `unlink` each.
  private static func removeContents(ofFolder descriptor: Int32) {
    var entries: [(name: String, isFolder: Bool)] = []
    FileTree.list(folderOpenAt: descriptor) { name, kind in
      entries.append((String(cString: name), kind == .folder))
    } afterwards: {
      removeListed(entries, inFolderOpenAt: descriptor)
    }
  }

  /// Removes `entries` of the folder open at `descriptor` (see ``removeContents(ofFolder:)``).
  private static func removeListed(_ entries: [(name: String, isFolder: Bool)], inFolderOpenAt descriptor: Int32) {
    let files = entries.filter { !$0.isFolder }.map(\.name)
    let folders = entries.filter(\.isFolder).map(\.name)
    // The folder's own files, one job (removals from one folder wait for each other in the kernel), and each
    // folder in it, on every core: a site's locales are removed side by side.
    DispatchQueue.concurrentPerform(iterations: folders.count + 1) { job in
      guard job < folders.count else {
        for name in files { unlinkat(descriptor, name, 0) }
        return
      }
      let name = folders[job]
      let folder = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard folder >= 0 else {
        // No longer a folder (a symbolic link put in its place, say): removed itself.
        unlinkat(descriptor, name, 0)
        return
      }
      removeContents(ofFolder: folder)
      unlinkat(descriptor, name, AT_REMOVEDIR)
    }
  }

  private typealias RenameAt2 =
    @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
  private static let atCurrentDirectory: Int32 = -100  // AT_FDCWD
  private static let renameExchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
  private static let renameExchange = glibcFunction(named: "renameat2", as: RenameAt2.self)

  /// Writes a new file with plain system calls: no hidden temporary file of its own (as Foundation's
  /// `createFile` makes) that a killed build could leave behind.
  static func createFile(_ path: String, _ chunks: [[UInt8]]) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return chunks.allSatisfy { writeAll(descriptor, $0) }
  }

  /// Writes all of `bytes` to `descriptor`, however many `write` calls it takes; false on an error
  /// (`errno` tells which).
  public static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress! + written, bytes.count - written)
      }
      if result < 0 && errno == EINTR { continue }
      guard result > 0 else { return false }
      written += result
    }
    return true
  }

}
