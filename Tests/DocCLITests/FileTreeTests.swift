import DocTestSupport
import Foundation
import Testing

@testable import DocBuild

/// The listing of a folder tree: its order is the paths' bytes (the same on every machine, whatever form of
/// Unicode the names are in), and counting its files gives what listing them would.
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
}
