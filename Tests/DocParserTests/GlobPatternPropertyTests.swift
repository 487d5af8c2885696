import DocTestSupport
import Testing

@testable import DocModel

/// Path patterns come from the configuration, anyone's to write: they are matched in time proportional to
/// the pattern's length times the path's. These tests hold the matcher to the plain reading of `*` and `**`
/// (trying every run of each star in turn), and time a pattern on which that reading never ends.
@Suite("Path patterns")
struct GlobPatternPropertyTests {
  /// The plain reading: each star tries every run it may match, the shortest first.
  static func plainMatch(_ pattern: [UInt8], _ p: Int, _ text: [UInt8], _ t: Int) -> Bool {
    var p = p
    var t = t
    while p < pattern.count {
      if pattern[p] == UInt8(ascii: "*") {
        let crossesFolders = p + 1 < pattern.count && pattern[p + 1] == UInt8(ascii: "*")
        let rest = p + (crossesFolders ? 2 : 1)
        var candidate = t
        while true {
          if plainMatch(pattern, rest, text, candidate) { return true }
          guard candidate < text.count, crossesFolders || text[candidate] != UInt8(ascii: "/") else { return false }
          candidate += 1
        }
      }
      guard t < text.count, text[t] == pattern[p] else { return false }
      p += 1
      t += 1
    }
    return t == text.count
  }

  static let patternPieces = ["*", "**", "a", "b", "/", ".md", "-", "***", "é"]
  static let pathPieces = ["a", "b", "/", ".md", "-", "ab", "é", ""]

  @Test(arguments: [111, 112] as [UInt64])
  func matchingAgreesWithThePlainReading(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var matched = 0
    for _ in 0..<5_000 {
      let pattern = (0..<Int(random.next() % 6)).map { _ in Self.patternPieces.randomElement(using: &random)! }
        .joined()
      let path = (0..<Int(random.next() % 7)).map { _ in Self.pathPieces.randomElement(using: &random)! }.joined()
      let expected = Self.plainMatch(Array(pattern.utf8), 0, Array(path.utf8), 0)
      #expect(GlobPattern(pattern).matches(path) == expected, "\(pattern) against \(path)")
      if expected { matched += 1 }
    }
    #expect(matched > 500)
  }

  /// Patterns around the length where the matcher moves from one word of positions to the longer reading:
  /// a shared run of letters before a random tail, so that the plain reading stays quick.
  @Test func longPatternsAgreeWithThePlainReading() {
    var random = SeededRandom(seed: 113)
    var matched = 0
    var unmatched = 0
    for folders in 16..<24 {
      // `a*/` per folder, 3 tokens each: 48 to 69 tokens before the tail.
      let lead = String(repeating: "a*/", count: folders)
      for _ in 0..<300 {
        let pattern = lead + (0..<Int(random.next() % 5)).map { _ in Self.patternPieces.randomElement(using: &random)! }
          .joined()
        // Each folder's star given a run, now and then one with a `/`, which only `**` may take.
        let folderPaths = (0..<folders).map { _ in
          "a" + (random.next() % 40 == 0 ? "b/b" : ["", "b", "bb"].randomElement(using: &random)!) + "/"
        }
        let path =
          folderPaths.joined()
          + (0..<Int(random.next() % 6)).map { _ in Self.pathPieces.randomElement(using: &random)! }.joined()
        let expected = Self.plainMatch(Array(pattern.utf8), 0, Array(path.utf8), 0)
        #expect(GlobPattern(pattern).matches(path) == expected, "\(pattern) against \(path)")
        if expected { matched += 1 } else { unmatched += 1 }
      }
    }
    #expect(matched > 200 && unmatched > 200)
  }

  /// Twenty stars against a path of two hundred bytes that almost matches: tried run by run, this takes
  /// longer than the universe has existed.
  @Test(.timeLimit(.minutes(1))) func manyStarsAgainstALongPathTakeNoTime() {
    let pattern = String(repeating: "*a", count: 20) + "*b"
    let path = String(repeating: "a", count: 200)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      #expect(!GlobPattern(pattern).matches(path))
      #expect(GlobPattern(pattern).matches(path + "b"))
      #expect(!GlobPattern(String(repeating: "**a", count: 20) + "**b").matches(path))
      // Past the positions one word holds: the longer reading, timed too.
      #expect(!GlobPattern(String(repeating: "*a", count: 40) + "*b").matches(path))
      #expect(GlobPattern(String(repeating: "*a", count: 40) + "*b").matches(path + "b"))
    }
    #expect(elapsed < .seconds(1), "\(elapsed)")
  }
}
