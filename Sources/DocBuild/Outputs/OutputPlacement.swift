import Foundation

/// Where an output may go. The docs folder, its configuration included, is untrusted: the outputs its
/// configuration names must resolve inside the project (the repository holding the docs folder: its nearest
/// ancestor with a `.git` entry, or else the docs folder's parent). No output, wherever it is named, may be
/// the docs folder, an ancestor of it, a page or the configuration file; a file output may not be a folder
/// nor a folder output a file; a folder is only replaced when it is empty or holds the ``siteMarker`` the
/// build writes into every site. Symbolic links count: the part of a path that exists is resolved to its
/// real path before it is checked.
struct OutputPlacement {
  /// The file written into every site, so that a later build knows the folder is one it may replace.
  static let siteMarker = ".doccatalog-site"

  /// The docs folder's real path; `nil` when it cannot be resolved (opening it then fails on its own).
  let docsFolder: String?
  /// The configuration file's real path, when there is one.
  private let configFile: String?
  /// The project's real path: where the configuration's outputs must stay.
  let project: String?

  init(docsDirectory: String, configPath: String?) {
    let docs = Self.realPath(docsDirectory)
    docsFolder = docs
    configFile = Self.realPath(configPath ?? docsDirectory + "/doccatalog.yml")
    project = docs.map(Self.project(holding:))
  }

  /// What is wrong with writing the output at `path` (a folder when `isFolder`), said of the path (such as
  /// `is the docs folder`), or `nil`. `fromConfiguration`
  /// keeps it inside the project; `checksDisk` looks at what is there now (a folder without the marker, a
  /// file where a folder is meant), which `build --check` and `validate` skip.
  func problem(_ path: String, isFolder: Bool, fromConfiguration: Bool, checksDisk: Bool = true) -> String? {
    if path.isEmpty { return "is empty: name a \(isFolder ? "folder" : "file")" }
    let last = path.split(separator: "/").last.map(String.init) ?? ""
    if !isFolder && path.hasSuffix("/") { return "ends in '/', a folder: name a file" }
    if last == "." || last == ".." || last.isEmpty {
      return "names a folder by '\(last.isEmpty ? "/" : last)': name the \(isFolder ? "folder" : "file") itself"
    }
    guard let docs = docsFolder, let resolved = Self.resolve(path) else {
      return "cannot be resolved: a symbolic link on the way leads nowhere"
    }
    if resolved.path == docs { return "is the docs folder" }
    if Self.isInside(docs, resolved.path) { return "holds the docs folder" }
    if resolved.path == configFile { return "is the configuration file" }
    if Self.isInside(resolved.path, docs) && resolved.path.lowercased().hasSuffix(".md") {
      return "is a page of the docs folder"
    }
    if fromConfiguration, let project, !Self.isInside(resolved.path, project) {
      return "leads outside the project ('\(project)')"
    }
    if fromConfiguration, let project, resolved.path.dropFirst(project.count).split(separator: "/").contains(".git") {
      return "goes into the repository's '.git' folder"
    }
    if let file = resolved.fileOnTheWay { return "goes through '\(file)', a file, not a folder" }
    guard checksDisk else { return nil }
    var info = stat()
    guard lstat(resolved.path, &info) == 0 else { return nil }
    let kind = info.st_mode & S_IFMT
    if isFolder {
      guard kind == S_IFDIR else { return "is a file, not a folder" }
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: resolved.path)) ?? []
      if !entries.isEmpty && !entries.contains(Self.siteMarker) {
        return "is a folder this tool did not write (it has no '\(Self.siteMarker)'); "
          + "empty or remove it, or name another folder"
      }
    } else {
      if kind == S_IFDIR { return "is a folder, not a file" }
      if kind != S_IFREG { return "is not a regular file" }
    }
    return nil
  }

  /// Whether `path` is strictly inside `folder` (both real paths).
  static func isInside(_ path: String, _ folder: String) -> Bool {
    folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
  }

  /// A path as it will be written to: the real path of the part that exists, followed by the rest with
  /// `.` and `..` applied; and the first existing file met where a folder is meant, if any.
  static func resolve(_ path: String) -> (path: String, fileOnTheWay: String?)? {
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var existing = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    var rest: [String] = []
    var info = stat()
    while !existing.isEmpty && lstat("/" + existing.joined(separator: "/"), &info) != 0 {
      rest.insert(existing.removeLast(), at: 0)
    }
    let prefix = "/" + existing.joined(separator: "/")
    guard var resolved = realPath(prefix) else { return nil }
    var fileOnTheWay: String?
    if !rest.isEmpty && stat(resolved, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR { fileOnTheWay = prefix }
    for component in rest where component != "." {
      if component == ".." {
        resolved = (resolved as NSString).deletingLastPathComponent
        if resolved.isEmpty { resolved = "/" }
      } else {
        resolved = resolved == "/" ? "/" + component : resolved + "/" + component
      }
    }
    return (resolved, fileOnTheWay)
  }

  /// The real path of `path` (symbolic links resolved), if it exists.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The nearest folder holding `docs` (itself included) with a `.git` entry, else its parent.
  static func project(holding docs: String) -> String {
    var folder = docs
    var info = stat()
    while true {
      if lstat(folder == "/" ? "/.git" : folder + "/.git", &info) == 0 { return folder }
      guard folder != "/" else { break }
      folder = (folder as NSString).deletingLastPathComponent
      if folder.isEmpty { folder = "/" }
    }
    let parent = (docs as NSString).deletingLastPathComponent
    return parent.isEmpty ? "/" : parent
  }
}
