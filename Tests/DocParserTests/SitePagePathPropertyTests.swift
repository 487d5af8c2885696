import DocTestSupport
import Testing

@testable import DocModel

/// A site path whose bytes need no escape is returned as it is; this test holds that shortcut to the
/// encoding of every byte.
@Suite("Percent-encoded site paths")
struct SitePagePathPropertyTests {
  static let pieces = ["a", "Z", "9", "/", "-", ".", "_", "~", " ", "%", "#", "?", ":", "é", "日本", "+", "&", "\u{7F}"]

  static func encodedByteByByte(_ path: String) -> String {
    let kept = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~".utf8)
    return path.utf8.map { kept.contains($0) ? String(UnicodeScalar($0)) : "%" + hex($0) }.joined()
  }

  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }

  @Test(arguments: [91, 92] as [UInt64])
  func encodingAgreesWithEncodingEachByte(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    var unchanged = 0
    for _ in 0..<4_000 {
      let path = (0..<Int(generator.next() % 8)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
      let encoded = SitePagePath.percentEncoded(path)
      #expect(encoded == Self.encodedByteByByte(path), "\(path.debugDescription)")
      if encoded == path { unchanged += 1 }
    }
    #expect(unchanged > 500)
  }
}

/// A page's site file: its `.md` (in any case) made `.html`, on bytes for ASCII paths, held to the reading by
/// characters.
@Suite("Site file names of pages")
struct SitePageFileNamePropertyTests {
  static let pieces = ["a", "Z", "/", ".", "md", "MD", "Md", ".md", ".MD", "-", "é", "日本", "\u{0600}", "\r\n", " "]

  @Test(arguments: [93, 94] as [UInt64])
  func namesAgreeWithTheCharacterReading(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    var markdown = 0
    for _ in 0..<4_000 {
      let path = (0..<Int(generator.next() % 6)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
      let expected =
        path.lowercased().hasSuffix(".md") ? String(path.dropLast(3)) + ".html" : path + ".html"
      #expect(SitePagePath.html(path) == expected, "\(path.debugDescription)")
      if path.lowercased().hasSuffix(".md") { markdown += 1 }
    }
    #expect(markdown > 300)
  }
}
