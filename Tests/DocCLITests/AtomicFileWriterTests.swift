import DocModel
import DocTestSupport
import Foundation
import Testing

@testable import DocBuild

/// Outputs are written a chunk at a time as they are made, compared with the old file while they match it.
@Suite("Writing outputs in chunks")
struct AtomicFileWriterTests {
  let folder: String = {
    let path = NSTemporaryDirectory() + "doccatalog-writer-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  func inode(_ path: String) -> UInt64? {
    var info = stat()
    return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
  }

  func contents(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
  }

  /// Whatever the old file, however the new bytes are cut into chunks and however many bytes are gathered
  /// before they are compared or written, the file ends up holding the new bytes, is replaced only when
  /// they differ, and nothing is left beside it.
  @Test(arguments: [UInt64(31), 32, 33])
  func anyOldFileAndAnyChunksGiveTheNewBytes(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next() % 3) } }
    for round in 0..<200 {
      let path = folder + "/out-\(round).txt"
      let new = bytes(Int(random.next() % 40))
      var old: [UInt8]?
      switch random.next() % 5 {
      case 0: old = nil
      case 1: old = new
      case 2: old = Array(new.prefix(Int(random.next() % UInt64(new.count + 1))))
      case 3: old = new + bytes(1 + Int(random.next() % 5))
      default: old = bytes(Int(random.next() % 40))
      }
      if let old { _ = FileManager.default.createFile(atPath: path, contents: Data(old)) }
      let before = inode(path)
      var cuts = [0, new.count]
      for _ in 0..<Int(random.next() % 6) { cuts.append(Int(random.next() % UInt64(new.count + 1))) }
      cuts.sort()
      let chunks = zip(cuts, cuts.dropFirst()).map { Array(new[$0..<$1]) }

      // From one byte (every chunk compared or written on its own) to more than the whole.
      let batchSize = 1 + Int(random.next() % 48)

      let changed = try AtomicFileWriter.write(to: path, batchSize: batchSize) { consume in chunks.forEach(consume) }

      #expect(contents(path) == new, "round \(round): old \(old ?? []), chunks \(chunks), batch \(batchSize)")
      #expect(changed == (old != new), "round \(round)")
      if old == new { #expect(inode(path) == before, "an identical file is left as it was") }
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
    #expect(left.isEmpty, "\(left)")
  }

  /// The temporary file cannot be made (nothing can be created in /proc, not even by root): the write fails
  /// with a message naming the file, and leaves nothing behind.
  @Test func aFileThatCannotBeWrittenIsReported() throws {
    #expect {
      try AtomicFileWriter.write(to: "/proc/doccatalog-out.json") { consume in consume(Array("new".utf8)) }
    } throws: { error in
      (error as? AtomicFileWriter.Failure)?.description.contains("'/proc/doccatalog-out.json'") == true
    }
  }

  /// A staged file is written whole beside the old one, which stays as it was until the commit; a discarded
  /// one leaves the old file and nothing beside it.
  @Test func aStagedFileReplacesTheOldOneOnlyWhenCommitted() throws {
    let path = folder + "/out.json"
    _ = FileManager.default.createFile(atPath: path, contents: Data("old".utf8))
    let discarded = try AtomicFileWriter.stage(to: path) { consume in consume(Array("new".utf8)) }
    #expect(contents(path) == Array("old".utf8))
    #expect(contents(try #require(discarded.temporary)) == Array("new".utf8))
    discarded.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.json"])
    let committed = try AtomicFileWriter.stage(to: path) { consume in consume(Array("new".utf8)) }
    #expect(contents(path) == Array("old".utf8))
    try committed.commit()
    #expect(contents(path) == Array("new".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.json"])
  }

  /// A link planted at the name the temporary file had (`.NAME.tmp-PID`) redirected the write to its
  /// target: temporary files now have random names, are created exclusively and never through a link; the
  /// old file is not read through a link either.
  @Test func temporaryFilesAreNeverWrittenThroughALink() throws {
    let target = folder + "/target.txt"
    _ = FileManager.default.createFile(atPath: target, contents: Data("target".utf8))
    let path = folder + "/out.json"
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/.out.json.tmp-\(ProcessInfo.processInfo.processIdentifier)", withDestinationPath: target)
    try AtomicFileWriter.write(Array("new".utf8), to: path)
    #expect(contents(target) == Array("target".utf8))
    #expect(contents(path) == Array("new".utf8))

    // An output that is a link is replaced by a file, not written through.
    let linked = folder + "/linked.json"
    try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: target)
    try AtomicFileWriter.write(Array("target".utf8), to: linked)
    var info = stat()
    #expect(lstat(linked, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG)
    #expect(contents(target) == Array("target".utf8))
  }

  /// What killed builds left is removed only when it is what the tool makes there, named as it names it:
  /// a regular file beside a file, a real folder beside a folder. Links are left, and never followed.
  @Test func onlyTheToolsOwnLeftoversAreRemoved() throws {
    // Four process ids in a row that no process has.
    let isDead = { (pid: Int32) in kill(pid, 0) != 0 && errno == ESRCH }
    let dead = try #require(
      (100_000...4_000_000).lazy.map { Int32($0) }.first { pid in (0..<4).allSatisfy { isDead(pid + $0) } })
    let outside = folder + "/outside"
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: outside + "/kept.txt", contents: Data("kept".utf8))
    let leftovers = [
      ".out.json.tmp-\(dead)": "file", ".out.json.tmp-\(dead)-9f3a": "file", ".out.json.tmp-\(dead + 1)-x": "link",
      ".out.json.tmp-\(dead + 2)": "link", ".out.json.tmp-\(dead + 3)": "folder", ".out.json.tmp-\(dead)-zz": "file",
      ".site.tmp-\(dead)": "folder", ".site.old-\(dead)-1": "folder", ".site.tmp-\(dead + 1)": "link",
      ".site.tmp-\(dead + 2)": "file",
    ]
    for (name, kind) in leftovers {
      let path = folder + "/" + name
      switch kind {
      case "file": _ = FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
      case "link": try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
      default:
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path + "/into", withDestinationPath: outside)
      }
    }
    AtomicFileWriter.removeLeftovers(of: folder + "/out.json", isFolder: false)
    AtomicFileWriter.removeLeftovers(of: folder + "/site", isFolder: true)
    let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") })
    #expect(
      left == [
        ".out.json.tmp-\(dead + 1)-x", ".out.json.tmp-\(dead + 2)", ".out.json.tmp-\(dead + 3)",
        ".out.json.tmp-\(dead)-zz", ".site.tmp-\(dead + 1)", ".site.tmp-\(dead + 2)",
      ])
    #expect(contents(outside + "/kept.txt") == Array("kept".utf8), "nothing removed through a link")
  }

  /// With no atomic exchange possible, the old folder is moved aside first; when that fails, the message
  /// says why (it said "Success": errno was read after another call had reset it).
  @Test func aFolderThatCannotBeMovedAsideSaysWhy() throws {
    let staging = folder + "/staging"
    try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
    #expect {
      try AtomicFileWriter.swapFolder(staging, into: "/proc/self")
    } throws: { error in
      let description = (error as? AtomicFileWriter.Failure)?.description ?? ""
      return description.contains("'/proc/self'") && !description.hasSuffix(": Success")
    }
    #expect(!FileManager.default.fileExists(atPath: staging), "the new contents are dropped")
  }

  /// Site files come from every core as pages are rendered, many into folders not made yet: each lands
  /// whole, unchanged ones stay hard links to the old files, and the new folder replaces the old in one swap.
  @Test func siteFilesAddedFromEveryCoreLandWhole() throws {
    let site = folder + "/site"
    let files = (0..<2_000).map { index in
      ("locale-\(index / 400)/folder-\(index / 20)/page-\(index).html", Array("page \(index)\n".utf8))
    }
    try AtomicFileWriter.writeFolder(Dictionary(uniqueKeysWithValues: files.prefix(1_000).map { $0 }), to: site)
    let keptInode = inode(site + "/" + files[0].0)

    let staging = SiteStaging(folder: site)
    _ = ConcurrentMap.map(files.map { $0 }) { staging.add($0.0, $0.1) }
    #expect(staging.count == files.count)
    let written = try staging.finish()

    #expect(written == 1_000, "the 1,000 files the old site lacked (the marker is the same)")
    for (relative, bytes) in files { #expect(contents(site + "/" + relative) == bytes, "\(relative)") }
    #expect(FileTree.files(in: site) == (files.map(\.0) + [".doccatalog-site"]).sorted(), "and the site's marker")
    #expect(inode(site + "/" + files[0].0) == keptInode, "an unchanged file is a hard link to the old one")
    let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
    #expect(left.isEmpty, "\(left)")
  }

  /// A site's staging folder starts as the contents the last build swapped out (kept in the cache): files
  /// kept again stay where they are (the site's own inode), and whatever else is there, a file with other
  /// bytes, a file the new site lacks, a file where a folder goes or a folder where a file goes, a symbolic
  /// link to a folder outside, a folder with another mode, ends up as a fresh folder would be, with nothing
  /// written outside it and the live site never written through.
  @Test func aSiteStartsFromItsPreviousContentsWhateverTheyHold() throws {
    let site = folder + "/site"
    let cache = folder + "/cache"
    let previous = cache + "/site-previous"
    let outside = folder + "/outside"
    for path in [outside, cache] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    func files(_ version: Int) -> [String: [UInt8]] {
      var files: [String: [UInt8]] = [:]
      for index in 0..<300 {
        // Every third page changes from one version to the next.
        let text = index % 3 == 0 ? "page \(index), version \(version)\n" : "page \(index)\n"
        files["locale-\(index / 100)/folder-\(index / 10)/page-\(index).html"] = Array(text.utf8)
      }
      if version == 3 { files["gone-file/page.html"] = Array("now a folder\n".utf8) }
      // One file in both the site and its previous contents, then changed.
      files["shared.html"] = Array((version < 3 ? "the same\n" : "changed\n").utf8)
      if version == 1 { files["gone-file"] = Array("a file\n".utf8) }
      // A folder, then a file in its place.
      files[version == 1 ? "gone-folder/page.html" : "gone-folder"] = Array("\(version)\n".utf8)
      return files
    }
    try AtomicFileWriter.writeFolder(files(1), to: site, previous: previous)
    try AtomicFileWriter.writeFolder(files(2), to: site, previous: previous)
    #expect(FileTree.files(in: previous).contains("gone-file"), "version 1 is kept beside version 2")
    let unchanged = "locale-0/folder-0/page-1.html"
    let keptInode = inode(site + "/" + unchanged)
    #expect(inode(previous + "/" + unchanged) == keptInode, "an unchanged file is one file in both")
    let liveChanged = site + "/locale-0/folder-0/page-3.html"
    let liveBytes = contents(liveChanged)

    // What may be found in the previous contents.
    // A file of its own in the place of one the site shares (writing into the shared one would change the
    // live site too).
    try FileManager.default.removeItem(atPath: previous + "/locale-0/folder-0/page-4.html")
    try Data("other bytes\n".utf8).write(to: URL(fileURLWithPath: previous + "/locale-0/folder-0/page-4.html"))
    try Data("no longer in the site\n".utf8).write(to: URL(fileURLWithPath: previous + "/locale-0/extra.html"))
    try FileManager.default.createDirectory(atPath: previous + "/stale-folder/deep", withIntermediateDirectories: true)
    try FileManager.default.removeItem(atPath: previous + "/locale-2")
    try FileManager.default.createSymbolicLink(atPath: previous + "/locale-2", withDestinationPath: outside)
    chmod(previous + "/locale-1", 0o700)
    let folderMode = mode(site + "/locale-0")

    let previousFolder = inode(previous)
    try AtomicFileWriter.writeFolder(files(3), to: site, previous: previous)
    #expect(inode(site) == previousFolder, "the new site was made in the previous contents' folder")
    #expect(mode(site + "/locale-1") == folderMode, "a folder has the mode a new one has")
    let expected = files(3)
    #expect(FileTree.files(in: site) == (Array(expected.keys) + [".doccatalog-site"]).sorted())
    for (relative, bytes) in expected { #expect(contents(site + "/" + relative) == bytes, "\(relative)") }
    #expect(inode(site + "/" + unchanged) == keptInode, "a file kept again keeps its inode")
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty, "nothing written through the link")
    #expect(contents(previous + "/locale-0/folder-0/page-3.html") == liveBytes, "the replaced site, kept whole")
    #expect(contents(previous + "/shared.html") == Array("the same\n".utf8), "and never written through")
    let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
    #expect(left.isEmpty, "nothing is left beside the site: \(left)")
  }

  func mode(_ path: String) -> mode_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
  }

  /// A folder is removed whole, its folders side by side, without following a symbolic link: what a link
  /// points to, outside the folder, stays.
  @Test func aTreeIsRemovedWithoutFollowingLinks() throws {
    let tree = folder + "/tree"
    let outside = folder + "/outside"
    try FileManager.default.createDirectory(atPath: outside + "/kept", withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: URL(fileURLWithPath: outside + "/kept/file.txt"))
    for path in ["a.html", "en-US/b.html", "en-US/deep/er/c.html", "ja-JP/d.html", "ja-JP/media/e.png", "x/y/z/w.txt"] {
      let url = URL(fileURLWithPath: tree + "/" + path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(path.utf8).write(to: url)
    }
    for index in 0..<40 {
      try FileManager.default.createDirectory(atPath: tree + "/many/\(index)", withIntermediateDirectories: true)
      try Data("\(index)".utf8).write(to: URL(fileURLWithPath: tree + "/many/\(index)/page.html"))
    }
    try FileManager.default.createSymbolicLink(atPath: tree + "/en-US/linked", withDestinationPath: outside + "/kept")
    try FileManager.default.createSymbolicLink(
      atPath: tree + "/ja-JP/linked.txt", withDestinationPath: outside + "/kept/file.txt")
    AtomicFileWriter.removeTree(tree)
    #expect(!FileManager.default.fileExists(atPath: tree))
    #expect(try String(contentsOfFile: outside + "/kept/file.txt", encoding: .utf8) == "keep")
  }
}
