import DocTestSupport
import Foundation
import Testing

@testable import JSONGenerator

/// Strings are written as `JSONEncoder` writes them.
@Suite("JSON strings")
struct JSONStringPropertyTests {
  @Test(arguments: [UInt64(27), 28])
  func stringsAreWrittenAsJSONEncoderWritesThem(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    let pieces = [
      "\"", "\\", "\n", "\t", "\r", "\u{8}", "\u{C}", "\u{1}", "\u{1F}", "\u{7F}", "é", "日本", "/", "\u{2028}", " ",
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    for _ in 0..<3_000 {
      // Mostly plain letters, so that what needs an escape falls between runs copied whole.
      let text = (0..<Int(random.next() % 40)).map { _ in
        random.next() % 5 == 0 ? pieces.randomElement(using: &random)! : "x"
      }.joined()
      var written: [UInt8] = []
      JSONWriter.writeString(text, into: &written)
      #expect(written == [UInt8](try encoder.encode(text)), "\(text.debugDescription)")
    }
  }
}
