import Foundation

/// The `.md` files (and `toc.yml` files) below a folder, found with `readdir`: the entry types it reports spare a `stat` for
/// nearly every file.
///
/// Hidden entries and folders named `includes` are passed over. Links to folders are followed only when
/// they lead inside the docs folder (`boundary`); one that leads out is not walked and is returned, to be
/// reported. A link is never followed into a folder the walk is already inside of, and each folder is
/// entered through links once at most (entries are taken in name order, so which link that is does not
/// depend on the file system), so that links can neither make the walk go round nor multiply it. Any entry
/// that is not a folder is listed when its name ends in `.md`: reading it then says what is wrong with it
/// (a broken link, a FIFO, a link out of the docs folder).
enum MarkdownFileWalk {
  /// What a walk found: paths relative to the folder walked, sorted.
  struct Found {
    var files: [String] = []
    /// Folders (or links to them) that lead outside the docs folder; `""` for the walked folder itself.
    var outside: [String] = []
    /// Every folder whose entries were read, `""` for the walked folder itself.
    var folders: [String] = []
    /// Whether the folders' entries alone made what was found: false when the walk met a link, or an entry
    /// whose kind its folder did not tell, or could not read a folder.
    var isFromEntriesAlone = true
  }

  static func files(in folder: String, boundary: DocsFolderBoundary) -> Found {
    var found = Found()
    switch boundary.resolve(folder) {
    case .outside:
      found.outside = [""]
      return found
    case .inside, .unresolved: break
    }
    var walk = Walk(boundary: boundary)
    walk.walk(folder, relative: "", into: &found)
    found.files.sort()
    found.outside.sort()
    found.folders.sort()
    return found
  }

  /// Whether a file is listed: a Markdown file, or a table of contents in YAML (`toc.yml`, which the pass
  /// sets apart with the `TOC.md` files, see ``TableOfContents``).
  fileprivate static func isListed(_ name: String) -> Bool {
    name.hasSuffix(".md") || TableOfContents.isYAMLTableOfContents(name: name)
  }

  /// A folder's device and inode: the same folder reached through a link has the same one.
  private struct FolderID: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  private struct Walk {
    let boundary: DocsFolderBoundary
    /// The folders the walk is inside of.
    var inside: Set<FolderID> = []
    /// The folders entered through a link so far.
    var linkedInto: Set<FolderID> = []

    init(boundary: DocsFolderBoundary) {
      self.boundary = boundary
    }

    mutating func walk(_ directory: String, relative: String, into found: inout Found) {
      var status = stat()
      guard stat(directory, &status) == 0 else {
        found.isFromEntriesAlone = false
        return
      }
      let id = FolderID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
      guard inside.insert(id).inserted else {
        // A folder met again inside itself (a bind mount): what is found depends on more than entries.
        found.isFromEntriesAlone = false
        return
      }
      defer { inside.remove(id) }
      guard let stream = opendir(directory) else {
        found.isFromEntriesAlone = false
        return
      }
      found.folders.append(relative)
      var entries: [(name: String, type: UInt8)] = []
      while true {
        // `readdir` ends a listing cut short by an error as it ends a whole one; only `errno` tells them apart.
        errno = 0
        guard let entry = readdir(stream) else {
          if errno != 0 { found.isFromEntriesAlone = false }
          break
        }
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard !name.hasPrefix("."), name != "includes" else { continue }
        entries.append((name, entry.pointee.d_type))
      }
      closedir(stream)
      entries.sort { $0.name < $1.name }
      for (name, type) in entries {
        let path = directory + "/" + name
        let relativePath = relative.isEmpty ? name : relative + "/" + name
        switch Int32(type) {
        case Int32(DT_DIR):
          walk(path, relative: relativePath, into: &found)
        case Int32(DT_REG), Int32(DT_FIFO), Int32(DT_CHR), Int32(DT_BLK), Int32(DT_SOCK):
          if MarkdownFileWalk.isListed(name) { found.files.append(relativePath) }
        default:
          // A link, or a file system that does not say: `stat` tells a folder. A broken link is no folder: it
          // is listed, to be reported when it cannot be read.
          // What is found now depends on more than the folder's entries: on where the link leads.
          found.isFromEntriesAlone = false
          var target = stat()
          guard stat(path, &target) == 0, (target.st_mode & S_IFMT) == S_IFDIR else {
            if MarkdownFileWalk.isListed(name) { found.files.append(relativePath) }
            continue
          }
          if Int32(type) == Int32(DT_UNKNOWN), lstat(path, &target) == 0, (target.st_mode & S_IFMT) == S_IFDIR {
            walk(path, relative: relativePath, into: &found)
            continue
          }
          guard case .inside = boundary.resolve(path) else {
            found.outside.append(relativePath)
            continue
          }
          var linked = stat()
          guard stat(path, &linked) == 0,
            linkedInto.insert(FolderID(device: UInt64(linked.st_dev), inode: UInt64(linked.st_ino))).inserted
          else { continue }
          walk(path, relative: relativePath, into: &found)
        }
      }
    }
  }
}
