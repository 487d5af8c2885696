import DocModel
import DocTestSupport
import Testing

@testable import DocParser

/// A page's line table: lines end at LF, CRLF or a lone CR, as in libcmark; a final line ending starts no
/// line of its own.
@Suite("Source text lines")
struct SourceTextTests {
  /// The lines written plainly, scalar by scalar.
  static func referenceLines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if scalar == "\r" || scalar == "\n" {
        if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
        lines.append(current)
        current = ""
      } else {
        current.unicodeScalars.append(scalar)
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  @Test(arguments: [61, 62, 63] as [UInt64])
  func linesAgreeWithTheReference(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let pieces = ["\n", "\r\n", "\r", "\n\n", "\r\r\n", "a", "| x |", "日本", " ", "é"]
    for _ in 0..<2_000 {
      let text = (0..<Int(random.next() % 10)).map { _ in pieces.randomElement(using: &random)! }.joined()
      let source = SourceText(bytes: Array(text.utf8))
      let expected = Self.referenceLines(text)
      #expect(source.lineCount == expected.count, "\(text.debugDescription)")
      #expect((1...max(source.lineCount, 1)).map(source.lineText) == expected, "\(text.debugDescription)")
    }
  }

  /// The eight-bytes-at-a-time byte test agrees with looking at each byte.
  @Test func wordHoldsByteAgreesWithEachByte() {
    var generator = SeededRandom(seed: 64)
    for _ in 0..<20_000 {
      // Bytes near the ones searched for, and 0x00, 0x01, 0x80 and 0xFF, which break careless lane tests.
      let candidates: [UInt8] = [
        0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x25, 0x26, 0x27, 0x41, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xFF,
      ]
      let bytes = (0..<8).map { _ in candidates[Int(generator.next() % UInt64(candidates.count))] }
      let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
      for byte: UInt8 in [0x00, 0x21, 0x26, 0x5C, 0xFF] {
        #expect(ByteSearch.holds(byte, in: word) == bytes.contains(byte), "\(bytes) \(byte)")
      }
      for limit: UInt8 in [0x01, 0x20, 0x22, 0x80] {
        #expect(ByteSearch.holdsByte(below: limit, in: word) == bytes.contains { $0 < limit }, "\(bytes) \(limit)")
      }
      let plain = bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
      #expect(ByteSearch.isPlainPrintable(word) == plain, "\(bytes)")
      let tail = Array(bytes.prefix(Int(generator.next() % 8)))
      let printable = (bytes + tail).allSatisfy { $0 >= 0x20 && $0 < 0x7F }
      #expect((bytes + tail).withUnsafeBufferPointer(ByteSearch.isPrintableASCII) == printable, "\(bytes + tail)")
    }
  }
}
