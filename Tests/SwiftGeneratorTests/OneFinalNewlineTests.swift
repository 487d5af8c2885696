import DocTestSupport
import Testing

@testable import SwiftGenerator

/// The Swift source is handed out in chunks and must end with exactly one newline, as the joined text
/// trimmed would.
@Suite("One final newline")
struct OneFinalNewlineTests {
  @Test(arguments: [UInt64(41), 42, 43])
  func chunksEndAsTheTrimmedTextWould(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<500 {
      let chunks = (0..<Int(random.next() % 6)).map { _ in
        (0..<Int(random.next() % 4)).map { _ in random.next() % 3 == 0 ? UInt8(ascii: "x") : 0x0A }
      }
      var output: [UInt8] = []
      var ending = OneFinalNewline()
      for chunk in chunks { ending.append(chunk) { output += $0 } }
      ending.finish { output += $0 }
      var expected = Array(chunks.joined())
      while expected.last == 0x0A { expected.removeLast() }
      expected.append(0x0A)
      #expect(output == expected, "\(chunks)")
    }
  }
}
