import DocTestSupport
import Testing

@testable import DocModel

/// Include and link paths are normalized on bytes; these tests hold the reading to the plain one on
/// characters it replaced. (The two differ only where a combining mark follows a `/` or a `.`, which no path
/// writes: the pieces leave those out.)
@Suite("Include paths, against character-level references")
struct IncludePathsPropertyTests {
  static let pieces = ["a", "Z9", "/", "//", ".", "..", "./", "../", "...", ".a", "a.", "é", "日本", " ", "%2F", "-"]

  /// `normalize` as written before, on characters.
  static func referenceNormalize(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else {
        parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }

  /// `folder(of:)` as written before, on characters.
  static func referenceFolder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func readingsAgreeWithTheCharacterLevelOnes(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<5_000 {
      let path = (0..<Int.random(in: 0...9, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }
        .joined()
      #expect(IncludePaths.normalize(path) == Self.referenceNormalize(path), "\(path.debugDescription)")
      #expect(IncludePaths.folder(of: path) == Self.referenceFolder(of: path), "\(path.debugDescription)")
    }
  }

  @Test func examples() {
    #expect(IncludePaths.normalize("a/./b/../c") == "a/c")
    #expect(IncludePaths.normalize("../../x//y/") == "../../x/y")
    #expect(IncludePaths.normalize("a/../../b") == "../b")
    #expect(IncludePaths.folder(of: "ja-JP/includes/note.md") == "ja-JP/includes/")
  }
}
