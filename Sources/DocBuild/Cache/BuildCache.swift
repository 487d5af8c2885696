import DocModel
import Foundation

/// The incremental-build cache: one manifest per set of build options, in a folder that is safe to delete.
///
/// A build whose inputs have the fingerprint of the last successful build with the same options, and whose
/// outputs are as that build left them, has nothing to do. The cache holds no outputs, only what the last
/// build read and wrote; a missing, damaged or foreign manifest means a full build.
public struct BuildCache: Sendable {
  /// The default cache folder inside a docs folder.
  public static let defaultFolderName = ".doccatalog-cache"

  let folder: String
  let manifestPath: String
  private let root: String
  private let options: [(String, String)]
  private let excluded: [String]

  /// A cache in `folder` for builds of the docs in `root` with `options` (what changes the outputs:
  /// output paths, templates, the configuration file). `excluded` are paths under `root` that are not
  /// inputs: the outputs and the cache itself.
  init(folder: String, root: String, options: [(String, String)], excluded: [String]) {
    self.folder = folder
    self.root = root
    self.options = options
    self.excluded = (excluded + [folder]).map(Self.absolute)
    var key = InputFingerprint()
    for (label, value) in options { key.add(label, value) }
    manifestPath = folder + "/build-" + key.digest.prefix(16) + ".manifest"
    pagesPath = folder + "/pages-" + key.digest.prefix(16) + ".pack"
    catalogFactsPath = folder + "/catalog-" + key.digest.prefix(16) + ".facts"
    siteIndexesPath = folder + "/site-" + key.digest.prefix(16) + ".indexes"
    siteMediaPath = folder + "/site-" + key.digest.prefix(16) + ".media"
    pageListingPath = folder + "/pages-" + key.digest.prefix(16) + ".listing"
  }

  /// Where the contents of the site folder `siteFolder` that the last build replaced are kept, for the next
  /// build to start from (``SiteStaging/startFromPrevious(keptAt:)``): named by the folder's absolute path,
  /// so that each site has its own.
  func previousSitePath(of siteFolder: String) -> String {
    var key = InputFingerprint()
    key.add("site", Self.absolute(siteFolder))
    return folder + "/site-previous-" + key.digest.prefix(16)
  }

  /// Where the site's index pages of the last build are described (``KeptSiteFiles``).
  let siteIndexesPath: String
  /// Where the site's media files of the last build are described (``KeptSiteFiles``).
  let siteMediaPath: String

  /// Where the facts of the last build's catalog are kept (``CatalogFacts``).
  let catalogFactsPath: String

  /// Where the pages the last build listed are kept (``KeptPageListing``).
  let pageListingPath: String

  /// Where the pages' results are kept between builds with these options (``PageResultStore``).
  let pagesPath: String

  /// What every kept page result depends on besides its page and includes: the tool, the options, and
  /// the configuration (its file's digest and the locales the pass settled on).
  func pageResultsKey(configurationDigest: String, configuration: Configuration) -> String {
    var key = InputFingerprint()
    key.add("format", String(PageResultPack.currentFormat))
    key.add("tool", Self.toolIdentity)
    for (label, value) in options { key.add(label, value) }
    key.add("configuration", configurationDigest)
    key.add("explicit", configuration.isExplicit ? "yes" : "no")
    key.add("source", configuration.sourceLocale)
    for locale in configuration.orderedLocales { key.add("locale", locale) }
    return key.digest
  }

  /// Why the cache cannot be used, if it cannot: its folder (or the manifest in it) is a symbolic link, which
  /// a docs folder could plant to have the manifest written elsewhere, or is not what it should be.
  func problem() -> String? {
    var info = stat()
    if lstat(folder, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR {
      return "'\(folder)' is \((info.st_mode & S_IFMT) == S_IFLNK ? "a symbolic link" : "not a folder")"
    }
    if lstat(manifestPath, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
      return "'\(manifestPath)' is \((info.st_mode & S_IFMT) == S_IFLNK ? "a symbolic link" : "not a file")"
    }
    return nil
  }

  /// The last build's manifest, if it can be trusted.
  func load() -> BuildManifest? {
    CacheFile.readRegularFile(manifestPath).flatMap(BuildManifest.decode)
  }

  /// Stores the manifest of a successful build; a cache that cannot be written only costs the next build time.
  func save(_ manifest: BuildManifest) -> String? {
    if let problem = problem() { return problem }
    do {
      try AtomicFileWriter.write(manifest.encoded(), to: manifestPath)
      return nil
    } catch {
      return error.description
    }
  }

  /// The digest of every file below the docs folder now (hidden folders, outputs and the cache left out):
  /// the costly part of a fingerprint, done once per build. A file whose stamp is the one `previous`
  /// recorded keeps its recorded digest instead of being read again, unless it changed less than a second
  /// before it was hashed: a later edit in the same tick of the file system's clock could leave its stamp
  /// as it was (as Git does, such a file is hashed again).
  ///
  /// While every folder of the docs folder has the stamp `folders` recorded (a folder's stamp changes
  /// whenever an entry is added to it, removed or renamed), the docs folder holds the files of `previous`,
  /// which is not listed again; only the files are looked up.
  /// - Returns: the digest, the files' records, each file's digest by its path, and the folders' stamps
  ///   (none when a folder changed within the last second, or a file listed has no record).
  func docsDigest(previous: [BuildManifest.InputFile] = [], folders: [BuildManifest.FolderStamp] = []) -> (
    digest: String, files: [BuildManifest.InputFile], named: [(path: String, digest: String?)],
    folders: [BuildManifest.FolderStamp]
  ) {
    let started = Self.now()
    var folderStamps = folders
    let files: [String]
    var links: [String] = []
    let previousFiles = previous.map(\.path)
    var filesAreRecorded = false
    let stampsHold = Self.keepsFolderStamps(root)
    if stampsHold, !folders.isEmpty, Self.holds(folders, root: root),
      topLevelHolds(files: previousFiles, folders: folders)
    {
      files = previousFiles
      filesAreRecorded = true
    } else {
      // Folders are vouched for once they are older than the coarsest clock of a local file system (two
      // seconds) by half a second more.
      (files, folderStamps, links) = inputFiles(settledBefore: started - 2_500_000_000)
      if !stampsHold || !links.isEmpty { folderStamps = [] }
    }
    let statuses = FileStatus.ofFiles(files, base: root)
    // The last build's record of each file: when the files are the ones it recorded, its records in order.
    let recorded = filesAreRecorded ? nil : Self.records(previous, of: files)
    func record(_ index: Int) -> BuildManifest.InputFile? { recorded.map { $0[index] } ?? previous[index] }
    // A file whose stamp is the one recorded keeps its digest; the others are read and hashed on every core.
    var unsettled: [(index: Int, stamp: BuildManifest.FileStamp)] = []
    var isUnsettled = [Bool](repeating: false, count: files.count)
    for index in files.indices {
      guard let status = statuses[index], status.isRegularFile else { continue }
      let stamp = BuildManifest.FileStamp(status)
      if let record = record(index), record.stamp == stamp, record.digest != nil { continue }
      unsettled.append((index, stamp))
      isUnsettled[index] = true
    }
    let read = ConcurrentMap.map(unsettled) { InputFingerprint.digest(ofFile: root + "/" + files[$0.index]) }
    var hashed: [Int: (digest: String, record: BuildManifest.InputFile)] = [:]
    for ((index, stamp), digest) in zip(unsettled, read) {
      guard let digest else { continue }
      // Changed within the last second: hashed now, recorded without a digest so that it is hashed again.
      let settled = stamp.modified < started - 1_000_000_000 && stamp.changed < started - 1_000_000_000
      hashed[index] = (
        digest, BuildManifest.InputFile(path: files[index], stamp: stamp, digest: settled ? digest : nil)
      )
    }
    var digest = InputFingerprint(capacity: files.reduce(0) { $0 + $1.utf8.count } + 60 * files.count)
    var records: [BuildManifest.InputFile] = []
    records.reserveCapacity(files.count)
    var named: [(path: String, digest: String?)] = []
    named.reserveCapacity(files.count)
    for (index, path) in files.enumerated() {
      var fileDigest: String?
      if isUnsettled[index] {
        if let (made, record) = hashed[index] {
          fileDigest = made
          records.append(record)
        }
      } else if let status = statuses[index], status.isRegularFile, let record = record(index) {
        fileDigest = record.digest
        records.append(record)
      }
      digest.addFile(path, digest: fileDigest)
      named.append((path, fileDigest))
    }
    // A symbolic link counts with what it leads to, read on every build; a link to a folder, whose files
    // the pass reads, is nothing the fingerprint can vouch for, and makes every build a full one.
    for link in links {
      digest.add("link", link)
      guard let target = Self.linkTarget(root + "/" + link) else {
        digest.add("unvouched", UUID().uuidString)
        continue
      }
      digest.add("target", target)
    }
    return (digest.digest, records, named, records.count == files.count ? folderStamps : [])
  }

  /// Each docs file's digest by its path (``docsDigest(previous:folders:)``'s `named`), for the pages' kept
  /// results: made only by a build that goes on past the fingerprint.
  static func digestsByPath(_ named: [(path: String, digest: String?)]) -> [String: String] {
    var digests: [String: String] = [:]
    digests.reserveCapacity(named.count)
    // Names that `String` takes for one (composed and decomposed forms) but that are two files: neither is
    // given a digest, so that nothing kept is taken for either (see ``Dictionary/value(forPathBytes:)``).
    var ambiguous: Set<String> = []
    for (path, digest) in named {
      if let index = digests.index(forKey: path) {
        if !digests[index].key.hasSameBytes(as: path) {
          digests.remove(at: index)
          ambiguous.insert(path)
        }
        continue
      }
      if !ambiguous.contains(path) { digests[path] = digest }
    }
    return digests
  }

  /// What the symbolic link at `path` stands for in the fingerprint: the digest of the file it leads to, or
  /// where it leads when that is nothing; `nil` when it leads to a folder or to something else that is not a
  /// file.
  private static func linkTarget(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      return "missing " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "")
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return "file " + (InputFingerprint.digest(ofFile: path) ?? "unreadable")
  }

  /// Whether the docs folder is on a local file system whose folders' times change whenever an entry is
  /// added, removed or renamed: network and user-space file systems, which may keep times of their own or
  /// another machine's clock, are listed on every build.
  static func keepsFolderStamps(_ root: String) -> Bool {
    // `statfs`, which Swift's Glibc module leaves out: the file system's type is the first word of what it
    // fills in, on Linux.
    typealias StatFS = @convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer) -> Int32
    guard let statFS = glibcFunction(named: "statfs", as: StatFS.self) else { return false }
    let type = withUnsafeTemporaryAllocation(byteCount: 512, alignment: 16) { buffer -> Int? in
      buffer.initializeMemory(as: UInt8.self, repeating: 0)
      return statFS(root, buffer.baseAddress!) == 0 ? buffer.load(as: Int.self) : nil
    }
    // ext2/3/4, XFS, Btrfs, tmpfs, overlayfs, ZFS, F2FS and ramfs.
    let local: Set<Int> = [
      0xEF53, 0x5846_5342, 0x9123_683E, 0x0102_1994, 0x794C_7630, 0x2FC1_2FC1, 0xF2F5_2010, 0x8584_58F6,
    ]
    return type.map(local.contains) ?? false
  }

  /// Whether each of `folders` (paths relative to `root`) is still a folder with the stamp recorded (and on
  /// `device`, when it is given).
  static func holds(_ folders: [BuildManifest.FolderStamp], root: String, device: UInt64? = nil) -> Bool {
    let statuses = FileStatus.ofFiles(folders.map { $0.path.isEmpty ? "." : $0.path }, base: root)
    return zip(folders, statuses).allSatisfy { folder, status in
      guard let status, status.isFolder, device.map({ status.device == $0 }) ?? true else { return false }
      return BuildManifest.FolderStamp(path: folder.path, status) == folder
    }
  }

  /// The last build's record of each of `files`, found by walking both lists, sorted alike
  /// (``FileTree/precedes(_:_:)``), side by side; `nil` for a file it did not record.
  private static func records(_ previous: [BuildManifest.InputFile], of files: [String]) -> [BuildManifest.InputFile?] {
    var records: [BuildManifest.InputFile?] = Array(repeating: nil, count: files.count)
    var next = 0
    for (index, path) in files.enumerated() {
      while next < previous.count, FileTree.precedes(previous[next].path, path) { next += 1 }
      if next < previous.count, previous[next].path.hasSameBytes(as: path) {
        records[index] = previous[next]
        next += 1
      }
    }
    return records
  }

  /// The real-time clock in nanoseconds, as file times are written.
  static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return time.nanoseconds
  }

  /// The fingerprint of the inputs: the tool, the options, the docs folder's files (``docsDigest()``) and
  /// the extra files a build read. An extra file that is one of the docs folder's files the digest listed
  /// (`docsFiles`, its `named`) counts with the digest it was listed with; the others are read.
  func fingerprint(
    docsDigest: String, extraInputs: [String], docsFiles: [(path: String, digest: String?)] = []
  ) -> String {
    var fingerprint = InputFingerprint()
    fingerprint.add("format", String(BuildManifest.currentFormat))
    fingerprint.add("tool", Self.toolIdentity)
    for (label, value) in options { fingerprint.add(label, value) }
    fingerprint.add("docs", docsDigest)
    var digests = extraInputs.map { Self.listedDigest(of: $0, root: root, in: docsFiles) }
    let unlisted = digests.indices.filter { digests[$0] == nil }
    let read = InputFingerprint.digests(ofFiles: unlisted.map { extraInputs[$0] })
    for (index, digest) in zip(unlisted, read) { digests[index] = digest }
    for (path, digest) in zip(extraInputs, digests) { fingerprint.addFile(path, digest: digest) }
    return fingerprint.digest
  }

  /// The digest the docs folder's file at `path` (below `root`) was listed with in `docsFiles` (sorted by
  /// their bytes, ``FileTree/precedes(_:_:)``), found by halving; `nil` when it is not listed, or was
  /// listed without a digest.
  static func listedDigest(of path: String, root: String, in docsFiles: [(path: String, digest: String?)]) -> String? {
    let prefix = root.hasSuffix("/") ? root : root + "/"
    guard !docsFiles.isEmpty, path.utf8.starts(with: prefix.utf8) else { return nil }
    let relative = String(decoding: path.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
    var low = 0
    var high = docsFiles.count
    while low < high {
      let middle = (low + high) / 2
      if FileTree.precedes(docsFiles[middle].path, relative) { low = middle + 1 } else { high = middle }
    }
    guard low < docsFiles.count, docsFiles[low].path.hasSameBytes(as: relative) else { return nil }
    return docsFiles[low].digest
  }

  /// Whether every output is as the manifest's build left it: each file's stamp looked up on every core (a
  /// site has a file per page and locale).
  static func outputsIntact(_ manifest: BuildManifest) -> Bool {
    let statuses = FileStatus.ofFiles(manifest.outputs.map(\.path))
    for (output, status) in zip(manifest.outputs, statuses)
    where BuildManifest.OutputFile(output.path, status) != output {
      return false
    }
    for folder in manifest.folders where FileTree.count(in: folder.path) != folder.fileCount { return false }
    return true
  }

  /// The records of files and folders just written; `staged` has, for the folders the build staged file by
  /// file (by the folder's path), their files and the stamps the build took of some as it wrote them, by
  /// path in the folder: those folders are not listed again, nor those files looked up.
  static func record(
    files: [String], folders: [String], staged: [String: (files: Set<String>, stamps: [String: SiteFileStamp])] = [:]
  ) -> (
    files: [BuildManifest.OutputFile], folders: [BuildManifest.OutputFolder]
  ) {
    var records: [BuildManifest.OutputFile] = []
    var folderRecords: [BuildManifest.OutputFolder] = []
    for file in files { BuildManifest.outputFile(file).map { records.append($0) } }
    for folder in folders {
      // In the order of their bytes, as a folder's listing gives them.
      let contents = staged[folder].map { FileTree.sortedByBytes($0.files) } ?? FileTree.files(in: folder)
      let stamps = staged[folder]?.stamps ?? [:]
      folderRecords.append(BuildManifest.OutputFolder(path: folder, fileCount: contents.count))
      let prefix = folder + "/"
      records.reserveCapacity(records.count + contents.count)
      for file in contents {
        let path = prefix + file
        if let stamp = stamps[file] {
          records.append(BuildManifest.OutputFile(path: path, size: stamp.size, modified: stamp.modified))
        } else if let record = BuildManifest.outputFile(path) {
          records.append(record)
        }
      }
    }
    return (records, folderRecords)
  }

  /// The regular files below `root` that are inputs, as sorted relative paths: hidden files and folders,
  /// the outputs and the cache are left out.
  /// - Returns: the files, and the stamps of the folders listed below the docs folder (none when one of them
  ///   changed at `settledBefore` or later: an entry added in the same tick of the clock could leave its
  ///   stamp as it was). The docs folder's own stamp is not kept: the cache folder made in it would change it.
  private func inputFiles(settledBefore: Int64) -> (
    files: [String], folders: [BuildManifest.FolderStamp], links: [String]
  ) {
    let isExcluded = exclusion()
    var folders: [BuildManifest.FolderStamp] = []
    var allSettled = true
    var device: UInt64?
    let entries = FileTree.entries(in: root, skips: { isExcluded($0, Substring($1)) }) { relative, status in
      // A folder listed in part, on another file system (a mount point), or changed too lately is not
      // vouched for, and then neither is any.
      guard let status else {
        allSettled = false
        return
      }
      guard !relative.isEmpty else {
        device = status.device
        return
      }
      guard status.device == device, status.modified < settledBefore, status.changed < settledBefore else {
        allSettled = false
        return
      }
      folders.append(BuildManifest.FolderStamp(path: relative, status))
    }
    var files: [String] = []
    var links: [String] = []
    for entry in entries where !isExcluded(entry.path, Self.name(of: entry.path)) {
      if entry.isRegularFile { files.append(entry.path) } else if entry.isSymbolicLink { links.append(entry.path) }
    }
    return (files, allSettled ? folders : [], links)
  }

  /// Whether the docs folder itself still holds the files and folders the last listing found in it (`files`
  /// and `folders`, of which those directly in it are compared), listed without entering its folders.
  private func topLevelHolds(files: [String], folders: [BuildManifest.FolderStamp]) -> Bool {
    let isExcluded = exclusion()
    var foundFolders: [String] = []
    let entries = FileTree.entries(in: root) { relative, name in
      if !isExcluded(relative, Substring(name)) { foundFolders.append(relative) }
      return true
    }
    let foundFiles = entries.filter { $0.isRegularFile && !isExcluded($0.path, Substring($0.path)) }.map(\.path)
    let topFiles = files.filter { !$0.utf8.contains(UInt8(ascii: "/")) }
    let topFolders = folders.map(\.path).filter { !$0.utf8.contains(UInt8(ascii: "/")) }
    return Self.sameBytes(foundFiles, topFiles)
      && Self.sameBytes(foundFolders.sorted(by: FileTree.precedes), topFolders.sorted(by: FileTree.precedes))
  }

  private static func sameBytes(_ left: [String], _ right: [String]) -> Bool {
    left.count == right.count && zip(left, right).allSatisfy { $0.hasSameBytes(as: $1) }
  }

  /// Whether a path below the docs folder, with its last name, is left out of its files: hidden, or an
  /// output or the cache.
  private func exclusion() -> (String, Substring) -> Bool {
    // The excluded paths inside the docs folder, relative to it: the others can match no file of it.
    let absoluteRoot = Self.absolute(root)
    let base = absoluteRoot.hasSuffix("/") ? absoluteRoot : absoluteRoot + "/"
    let excludedInside = excluded.filter { $0.utf8.starts(with: base.utf8) }.map {
      String(decoding: $0.utf8.dropFirst(base.utf8.count), as: UTF8.self)
    }
    return { relative, name in
      name.utf8.first == UInt8(ascii: ".") || excludedInside.contains { $0.hasSameBytes(as: relative) }
    }
  }

  /// The last name of `path`.
  private static func name(of path: String) -> Substring {
    let bytes = path.utf8
    return Substring(bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes[bytes.index(after: $0)...] } ?? bytes[...])
  }

  /// The tool's version and the identity of its executable (size and modification time), so that a
  /// rebuilt tool never trusts a cache written by the one before.
  static let toolIdentity: String = {
    var info = stat()
    guard stat("/proc/self/exe", &info) == 0 else { return DocCatalogVersion.current }
    return "\(DocCatalogVersion.current) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }()

  private static func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
