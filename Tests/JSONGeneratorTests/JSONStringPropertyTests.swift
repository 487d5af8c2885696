import DocTestSupport
import Foundation
import Testing

@testable import JSONGenerator

/// Strings are scanned eight bytes at a time for what needs an escape; these tests hold the scan to the
/// byte-by-byte reading and the written strings to `JSONEncoder`.
@Suite("JSON strings, eight bytes at a time")
struct JSONStringPropertyTests {
  /// Bytes on either side of each one that needs an escape, and some that never do.
  static let edgeBytes: [UInt8] = [
    0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF,
  ]

  @Test(arguments: [UInt64(25), 26])
  func theWordCheckMissesNoByteThatNeedsAnEscape(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var clean = 0
    for _ in 0..<200_000 {
      let bytes = (0..<8).map { _ in
        random.next() % 3 == 0 ? Self.edgeBytes.randomElement(using: &random)! : UInt8(0x20 + random.next() % 0x60)
      }
      let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
      let needsEscape = bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
      if needsEscape { #expect(JSONWriter.mayNeedEscape(word), "\(bytes)") }
      if !JSONWriter.mayNeedEscape(word) { clean += 1 }
    }
    #expect(clean > 20_000, "words that need no escape are let through")
  }

  @Test(arguments: [UInt64(27), 28])
  func stringsAreWrittenAsJSONEncoderWritesThem(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    let pieces = [
      "\"", "\\", "\n", "\t", "\r", "\u{8}", "\u{C}", "\u{1}", "\u{1F}", "\u{7F}", "é", "日本", "/", "\u{2028}", " ",
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    for _ in 0..<3_000 {
      // Mostly plain letters, so that what needs an escape falls at every offset of an eight-byte word.
      let text = (0..<Int(random.next() % 40)).map { _ in
        random.next() % 5 == 0 ? pieces.randomElement(using: &random)! : "x"
      }.joined()
      var written: [UInt8] = []
      JSONWriter.writeString(text, into: &written)
      #expect(written == [UInt8](try encoder.encode(text)), "\(text.debugDescription)")
    }
  }
}
