import Foundation

/// What a site's staging folder holds when it starts as the site the last build replaced (the site's
/// `.NAME.previous` folder, see ``AtomicFileWriter/claimPrevious(of:)``): the paths of its regular files and
/// of its folders.
///
/// The old site and the site that replaced it share the inode of every file the last build kept, so the new
/// staging folder starts with most of the files it needs already in place: a file kept again is left where
/// it is when it is still the site's own (same inode, size and time, and linked from more than one place),
/// instead of being linked anew, and the files of the old site are never removed one by one.
struct InheritedSite: Sendable {
  /// The folder's path.
  let root: String
  /// The regular files, by path relative to the folder.
  private(set) var files: Set<String> = []
  /// The folders, by path relative to the folder.
  private(set) var folders: Set<String> = []

  /// Lists the folder at `path`, which this process has just taken for itself, removing every entry that is
  /// neither a regular file nor a folder (a symbolic link, say) so that nothing written into it later can
  /// lead outside it. Links are never followed; kinds come with the listing, so no file is looked up.
  static func take(_ path: String) -> InheritedSite {
    var site = InheritedSite(root: path)
    site.list(open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC), prefix: "")
    return site
  }

  /// Whether the file at `relative` is the one stamped `stamp` and has another name (the site's): one
  /// `lstat`, made by the thread that asks.
  func holds(_ relative: String, stamp: SiteFileStamp) -> Bool {
    guard files.contains(relative) else { return false }
    var info = stat()
    guard lstat(root + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink > 1 else {
      return false
    }
    let status = FileStatus(info)
    return SiteFileStamp(inode: status.inode, size: status.size, modified: status.modified) == stamp
  }

  /// Whether the folder had an entry at `relative`.
  func has(_ relative: String) -> Bool {
    files.contains(relative) || folders.contains(relative)
  }

  private mutating func list(_ descriptor: Int32, prefix: String) {
    guard descriptor >= 0 else { return }
    guard let directory = fdopendir(descriptor) else {
      close(descriptor)
      return
    }
    defer { closedir(directory) }
    var subfolders: [String] = []
    while let found = readdir(directory) {
      let name = withUnsafeBytes(of: found.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
      if name == "." || name == ".." { continue }
      var kind = found.pointee.d_type
      if kind == UInt8(DT_UNKNOWN) {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
        let mode = info.st_mode & S_IFMT
        kind = UInt8(mode == S_IFDIR ? DT_DIR : mode == S_IFREG ? DT_REG : DT_LNK)
      }
      switch kind {
      case UInt8(DT_DIR): subfolders.append(name)
      case UInt8(DT_REG): files.insert(prefix + name)
      default: unlinkat(descriptor, name, 0)
      }
    }
    for name in subfolders {
      let folder = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard folder >= 0 else {
        // No longer a folder (a link put in its place): removed, as other odd entries are.
        unlinkat(descriptor, name, 0)
        continue
      }
      folders.insert(prefix + name)
      list(folder, prefix: prefix + name + "/")
    }
  }
}
