import DocTestSupport
import Foundation
import Testing

@testable import DocBuild

/// The listing of a folder tree and the names the fingerprint takes from it: the order is the paths' bytes
/// (the same on every machine), counting the files gives what listing them would, and names that `String`
/// takes for one are kept apart.
@Suite("Listing folder trees")
struct FileTreeTests {
  static let pieces = ["a", "b", "/", "-", ".md", "é", "e\u{301}", "日本", "Z", ""]

  @Test func pathsSortByTheirBytes() {
    var random = SeededRandom(seed: 41)
    for _ in 0..<5_000 {
      let left = (0..<Int(random.next() % 5)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
      let right = (0..<Int(random.next() % 5)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
      #expect(
        FileTree.precedes(left, right) == Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8)),
        "\(left) against \(right)")
    }
    // Composed and decomposed forms, which `String` compares as equal, keep an order.
    #expect(FileTree.precedes("e\u{301}", "é") != FileTree.precedes("é", "e\u{301}"))
  }

  @Test func sortingByBytesGivesThePathsInTheOrderOfTheirBytes() {
    var random = SeededRandom(seed: 43)
    for size in [0, 1, 2, 50, 500] {
      let paths = (0..<size).map { _ in
        (0..<Int(random.next() % 6)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
      }
      let sorted = FileTree.sortedByBytes(paths)
      #expect(sorted.map { Array($0.utf8) } == paths.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
    }
  }

  @Test func countingGivesTheListingsCount() throws {
    let folder = NSTemporaryDirectory() + "doccatalog-tree-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for path in ["a.md", "sub/b.md", "sub/deeper/c.png", "sub/é.md", "other/d.md"] {
      let url = URL(fileURLWithPath: folder + "/" + path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("x".utf8).write(to: url)
    }
    try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/sub")
    let listed = FileTree.files(in: folder)
    #expect(listed == ["a.md", "link", "other/d.md", "sub/b.md", "sub/deeper/c.png", "sub/é.md"])
    #expect(FileTree.count(in: folder) == listed.count)
    #expect(FileTree.count(in: folder + "/missing") == 0)
  }

  /// Two files whose names differ only in the form of an accented letter are two files on disk, though
  /// `String` takes their names for one: the fingerprint vouches for neither, and a lookup by one name
  /// never answers with the other's digest.
  @Test func namesInTwoUnicodeFormsAreNotTakenForOneAnother() throws {
    let root = NSTemporaryDirectory() + "doccatalog-forms-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root + "/media", withIntermediateDirectories: true)
    let composed = "media/\u{E9}.png"
    let decomposed = "media/e\u{301}.png"
    try Data("one".utf8).write(to: URL(fileURLWithPath: root + "/" + composed))
    try Data("two".utf8).write(to: URL(fileURLWithPath: root + "/" + decomposed))
    try Data("three".utf8).write(to: URL(fileURLWithPath: root + "/media/plain.png"))
    let cache = BuildCache(folder: root + "/.cache", root: root, options: [], excluded: [])
    let digests = BuildCache.digestsByPath(cache.docsDigest().named)
    #expect(digests.value(forPathBytes: composed) == nil)
    #expect(digests.value(forPathBytes: decomposed) == nil)
    #expect(digests.value(forPathBytes: "media/plain.png") != nil)

    let one = ["media/\u{E9}.png": "digest"]
    #expect(one.value(forPathBytes: "media/\u{E9}.png") == "digest")
    #expect(one["media/e\u{301}.png"] == "digest", "String equality takes the two forms for one")
    #expect(one.value(forPathBytes: "media/e\u{301}.png") == nil)
  }
}

/// An extra input of the fingerprint (an include) that is one of the docs folder's files counts with the
/// digest the docs' listing gave it, found by halving the listing: the fingerprint is the one reading every
/// file gives.
@Suite("Extra inputs found in the docs' listing")
struct ListedDigestTests {
  @Test func aListedFileCountsWithItsListedDigest() throws {
    let root = NSTemporaryDirectory() + "doccatalog-listed-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: root) }
    let files = ["a.md", "includes/x.md", "includes/y.md", "includes/\u{E9}.md", "z/deep/n.md"]
    try FileStatusTests.write(files, in: root) { Data("file \($0)".utf8) }
    let cache = BuildCache(folder: root + "/.cache", root: root, options: [], excluded: [])
    let named = cache.docsDigest().named
    #expect(named.map(\.path) == FileTree.sortedByBytes(files))
    for file in files {
      let listed = BuildCache.listedDigest(of: root + "/" + file, root: root, in: named)
      #expect(listed == InputFingerprint.digest(ofFile: root + "/" + file), "\(file)")
      #expect(BuildCache.listedDigest(of: root + "//" + file + "x", root: root, in: named) == nil)
    }
    #expect(BuildCache.listedDigest(of: root + "/includes/e\u{301}.md", root: root, in: named) == nil)
    #expect(BuildCache.listedDigest(of: "/elsewhere/a.md", root: root, in: named) == nil)
    #expect(BuildCache.listedDigest(of: root + "/a.md", root: root + "/", in: named) != nil)

    let extra = [root + "/includes/y.md", root + "/includes/missing.md", NSTemporaryDirectory() + "none.md"]
    let digest = cache.docsDigest().digest
    #expect(
      cache.fingerprint(docsDigest: digest, extraInputs: extra, docsFiles: named)
        == cache.fingerprint(docsDigest: digest, extraInputs: extra))
  }
}

/// The statuses the cache compares, looked up from each folder's descriptor: each path gets its own file's,
/// whether its folder's name is in one Unicode form or the other, whether the paths are relative to a base or
/// absolute, and across more folders than are opened at once.
@Suite("Looking up files' statuses")
struct FileStatusTests {
  /// Writes each of `paths` below `folder`, its folders made, with the contents `contents` gives its index.
  static func write(_ paths: [String], in folder: String, contents: (Int) -> Data) throws {
    for (index, path) in paths.enumerated() {
      let url = URL(fileURLWithPath: folder + "/" + path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try contents(index).write(to: url)
    }
  }

  @Test func eachPathGetsItsOwnFilesStatus() throws {
    let folder = NSTemporaryDirectory() + "doccatalog-status-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // File sizes tell the files apart: the path at index i holds i + 1 bytes.
    var paths = ["top.md", "caf\u{E9}/x.md", "cafe\u{301}/x.md", "caf\u{E9}/y.md", "a/b/c.md"]
    paths += (0..<300).map { "many/\($0)/page.md" }
    try Self.write(paths, in: folder) { Data(repeating: 0x41, count: $0 + 1) }
    try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: folder + "/top.md")
    let asked = paths + ["link.md", "missing.md", "gone/x.md"]
    let relative = FileStatus.ofFiles(asked, base: folder)
    let absolute = FileStatus.ofFiles(asked.map { folder + "/" + $0 })
    #expect(relative == absolute)
    for (index, status) in relative.prefix(paths.count).enumerated() {
      #expect(status?.size == Int64(index + 1) && status?.isRegularFile == true, "\(asked[index])")
    }
    // A symbolic link is not followed; a missing file or folder has no status.
    #expect(relative[paths.count]?.isRegularFile == false)
    #expect(relative[paths.count + 1] == nil && relative[paths.count + 2] == nil)
  }
}
