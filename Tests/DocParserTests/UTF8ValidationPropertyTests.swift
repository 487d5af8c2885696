import DocTestSupport
import Testing

@testable import DocParser

/// The decoder finds the first byte of a page that is not well-formed UTF-8 with shortcuts for ASCII and
/// for three-byte characters; this holds it to the standard library's UTF-8 parser.
@Suite("UTF-8 validation, against the standard library")
struct UTF8ValidationPropertyTests {
  /// The offset where the standard library's parser first meets an error, or `nil`.
  static func reference(_ bytes: [UInt8]) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  static let pieces: [[UInt8]] = [
    Array("a".utf8), Array("abcdefgh".utf8), Array("日本語".utf8), Array("é".utf8), Array("😀".utf8), Array("ｴ".utf8),
    [0xE1, 0x80], [0xEC, 0xBF, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
    [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBD], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
    [0xC0, 0x80], [0xC2], [0x80], [0xBF], [0xFF], [0xE5, 0x41, 0x80], [0xE5, 0x80, 0x41],
    Array("エラーコード".utf8), Array("コ a".utf8), [0xE3, 0x82, 0xB3, 0xE3, 0x82], [0xE3, 0x82, 0xB3, 0xC0, 0x82, 0x80],
    [0xE3, 0x82, 0xB3, 0xE0, 0x80, 0x80], [0xE3, 0x82, 0xB3, 0xED, 0xA0, 0x80], Array("abcdefg日".utf8),
  ]

  @Test(arguments: [61, 62, 63] as [UInt64])
  func agreesWithTheStandardLibrary(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var invalid = 0
    for _ in 0..<5_000 {
      let bytes = (0..<Int(random.next() % 12)).flatMap { _ in Self.pieces.randomElement(using: &random)! }
      let expected = Self.reference(bytes)
      #expect(SourceDecoder.firstInvalidUTF8Offset(bytes) == expected, "\(bytes)")
      if expected != nil { invalid += 1 }
    }
    #expect(invalid > 1_000 && invalid < 4_900)
  }
}
