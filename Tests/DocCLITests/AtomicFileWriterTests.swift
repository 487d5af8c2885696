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
      if let old { FileManager.default.createFile(atPath: path, contents: Data(old)) }
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

  /// The temporary file cannot be made (a folder holds its name, which stops root too): the write fails
  /// with a message, and the old file stays whole.
  @Test func aFileThatCannotBeWrittenIsReportedAndTheOldOneKept() throws {
    let path = folder + "/out.json"
    FileManager.default.createFile(atPath: path, contents: Data("old".utf8))
    let blocker = folder + "/.out.json.tmp-\(ProcessInfo.processInfo.processIdentifier)"
    try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: blocker) }
    #expect(throws: AtomicFileWriter.Failure.self) {
      try AtomicFileWriter.write(to: path) { consume in
        consume(Array("ol".utf8))
        consume(Array("der".utf8))
      }
    }
    #expect(contents(path) == Array("old".utf8))
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
    ConcurrentMap.map(files.map { $0 }) { staging.add($0.0, $0.1) }
    #expect(staging.count == files.count)
    let written = try staging.finish()

    #expect(written == 1_000, "the 1,000 files the old site lacked")
    for (relative, bytes) in files { #expect(contents(site + "/" + relative) == bytes, "\(relative)") }
    #expect(FileTree.files(in: site).count == files.count)
    #expect(inode(site + "/" + files[0].0) == keptInode, "an unchanged file is a hard link to the old one")
    let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
    #expect(left.isEmpty, "\(left)")
  }
}
