import Foundation

/// What a site's staging folder holds when it starts as the site the last build replaced (kept in the
/// build cache, see ``SiteStaging/startFromPrevious(keptAt:)``): the paths of its regular files and of its
/// folders.
///
/// The old site and the site that replaced it share the inode of every file the last build kept, so the new
/// staging folder starts with most of the files it needs already in place: a file kept again is left where
/// it is when it is still the site's own (same inode, size and time, and linked from more than one place),
/// instead of being linked anew, and the files of the old site are never removed one by one. Every file is
/// looked up once, on every core, as the folder is taken, so that asking whether one is still the site's
/// costs no system call.
struct InheritedSite: Sendable {
  /// The folder's path.
  let root: String
  /// The regular files, by path relative to the folder.
  private(set) var files: Set<String> = []
  /// The folders, by path relative to the folder.
  private(set) var folders: Set<String> = []
  /// The status of each regular file when the folder was taken, by path relative to the folder.
  private var statuses: [String: FileStatus] = [:]

  /// Lists the folder at `path`, which this process has just taken for itself, removing every entry that is
  /// neither a regular file nor a folder (a symbolic link, say) so that nothing written into it later can
  /// lead outside it, and giving each folder the mode a new one would have. Links are never followed; kinds
  /// come with the listing, so no file is looked up.
  /// - Returns: `nil` when a folder is not this user's, or cannot be listed or given its mode: the folder
  ///   is then not used.
  static func take(_ path: String) -> InheritedSite? {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0, let modes = newFolderModes(in: descriptor), fchmod(descriptor, modes.top) == 0 else {
      if descriptor >= 0 { close(descriptor) }
      return nil
    }
    var site = InheritedSite(root: path)
    var paths: [String] = []
    guard site.list(descriptor, prefix: "", mode: modes.inner, into: &paths) else { return nil }
    // The tables are made whole from the listing, at their size, rather than grown entry by entry.
    site.files = Set(paths)
    var statuses: [String: FileStatus] = [:]
    statuses.reserveCapacity(paths.count)
    for (relative, status) in zip(paths, FileStatus.ofFiles(paths, base: path)) {
      if let status { statuses[relative] = status }
    }
    site.statuses = statuses
    return site
  }

  /// The modes this process gives a new staging folder (`mkdir` with 0755) and a folder in it (0777), the
  /// umask applied: found by making a folder in the one open at `descriptor`.
  private static func newFolderModes(in descriptor: Int32) -> (top: mode_t, inner: mode_t)? {
    let probe = ".mode-probe-\(ProcessInfo.processInfo.processIdentifier)"
    guard mkdirat(descriptor, probe, 0o777) == 0 else { return nil }
    defer { unlinkat(descriptor, probe, AT_REMOVEDIR) }
    var info = stat()
    guard fstatat(descriptor, probe, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
    let inner = info.st_mode & 0o777
    return (inner & 0o755, inner)
  }

  /// Whether the file at `relative` was, when the folder was taken, the one stamped `stamp`, with another
  /// name (the site's).
  func holds(_ relative: String, stamp: SiteFileStamp) -> Bool {
    guard let status = statuses[relative], status.isRegularFile else { return false }
    return status.links > 1 && SiteFileStamp(status) == stamp
  }

  /// Whether the folder had an entry at `relative`.
  func has(_ relative: String) -> Bool {
    files.contains(relative) || folders.contains(relative)
  }

  /// Lists the folder open at `descriptor` (closed here), its path `prefix` in the site, after checking it
  /// is this user's, adding its regular files to `files`; its folders are given `mode`. False when something
  /// could not be read or changed.
  private mutating func list(_ descriptor: Int32, prefix: String, mode: mode_t, into files: inout [String]) -> Bool {
    var info = stat()
    guard descriptor >= 0, fstat(descriptor, &info) == 0, info.st_uid == geteuid() else {
      if descriptor >= 0 { close(descriptor) }
      return false
    }
    var subfolders: [String] = []
    var isUsable = true
    let isWhole = FileTree.list(folderOpenAt: descriptor) { name, kind in
      switch kind {
      case .folder: subfolders.append(String(cString: name))
      case .regularFile: files.append(prefix + String(cString: name))
      case .other: if unlinkat(descriptor, name, 0) != 0 { isUsable = false }
      }
    } afterwards: {
      for name in subfolders where isUsable {
        let folder = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0, fchmod(folder, mode) == 0 else {
          if folder >= 0 { close(folder) }
          isUsable = false
          break
        }
        folders.insert(prefix + name)
        isUsable = list(folder, prefix: prefix + name + "/", mode: mode, into: &files)
      }
    }
    // A listing cut short, or an entry whose kind could not be told, leaves files unknown.
    return isWhole && isUsable
  }
}
