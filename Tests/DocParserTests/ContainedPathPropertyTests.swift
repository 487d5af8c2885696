import DocTestSupport
import Testing

@testable import DocModel

/// `ContainedPath.joined` reads bytes; these tests hold it to the reading on characters it replaced. (The two
/// differ only where a combining mark follows a `/`, which the pieces leave out.) `staysInside` is held to
/// the reading on split components it replaced.
@Suite("Contained paths, against the character-level reading")
struct ContainedPathPropertyTests {
  static let pieces = ["a", "Z9", "/", "//", ".", "..", "./", "../", "...", ".a", "é", "日本", " ", "\0", "-"]

  /// `joined` as written before, on characters.
  static func referenceJoined(_ folder: String, _ path: String) -> String? {
    var parts = folder.split(separator: "/").map(String.init)
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty else { return nil }
        parts.removeLast()
      default: parts.append(String(part))
      }
    }
    let joined = parts.joined(separator: "/")
    return ContainedPath.staysInside(joined) ? joined : nil
  }

  static func randomPath(_ random: inout SeededRandom) -> String {
    (0..<Int.random(in: 0...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func joinedAgreesWithTheCharacterLevelReading(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<5_000 {
      let folder = Self.randomPath(&random)
      let path = Self.randomPath(&random)
      #expect(
        ContainedPath.joined(folder, path) == Self.referenceJoined(folder, path),
        "\(folder.debugDescription) + \(path.debugDescription)")
    }
  }

  /// `staysInside` as written before, on the components a split gives.
  static func referenceStaysInside(_ path: String) -> Bool {
    guard !path.isEmpty, !path.utf8.contains(0) else { return false }
    return path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy {
      !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8)
    }
  }

  @Test(arguments: [4, 5, 6] as [UInt64])
  func staysInsideAgreesWithTheSplitReading(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<10_000 {
      let path = Self.randomPath(&random)
      #expect(ContainedPath.staysInside(path) == Self.referenceStaysInside(path), "\(path.debugDescription)")
    }
  }

  @Test func examples() {
    #expect(ContainedPath.staysInside("en-US/.../a..b/.c"))
    #expect(!ContainedPath.staysInside("en-US/./a"))
    #expect(!ContainedPath.staysInside("a/.."))
    #expect(!ContainedPath.staysInside("/a"))
    #expect(!ContainedPath.staysInside("a/"))
    #expect(ContainedPath.joined("en-US/admin", "../media/a.png") == "en-US/media/a.png")
    #expect(ContainedPath.joined("en-US", "./a//b.png") == "en-US/a/b.png")
    #expect(ContainedPath.joined("en-US", "../../x.png") == nil)
    #expect(ContainedPath.joined("", "..") == nil)
    #expect(ContainedPath.joined("a", "..") == nil)
  }
}
