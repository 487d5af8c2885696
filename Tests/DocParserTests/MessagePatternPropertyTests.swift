import DocTestSupport
import Testing

@testable import DocModel

/// A message's pattern is read on bytes when the message is ASCII, and scalar by scalar otherwise: both
/// readings, and the line split, agree with the rule written plainly.
@Suite("Message patterns")
struct MessagePatternPropertyTests {
  /// Pieces that exercise every placeholder, and near misses of each.
  static let asciiPieces: [String] = [
    "a", "Z", "q", " ", "0", "9", "-", "_", ".", "..", "...", "....", "(", ")", "(x goes here)", "(GOES HERE)",
    "(goes  here)", "<", ">", "<name>", "<a b-c_d>", "<>", "<<x>", "<x!>", "{", "}", "{0}", "{name}", "{}", "%",
    "%s", "%.*ls", "%-5d", "%q", "%%", "998cea7e-35cd-46a5-ab3c-8ec88a45d7d5", "x998cea7e-35cd-46a5-ab3c-8ec88a45d7d5",
    "998CEA7E-35CD-46A5-AB3C-8EC88A45D7D5", "998cea7e-35cd-46a5-ab3c-8ec88a45d7d", "\n", "\r", "\r\n", "\u{B}", "\u{C}",
    "\t", "\"", "HttpRequestFailure: Server returned: 401", "Error", "ID",
  ]

  /// The rule as it was first written: lines split on characters.
  static func reference(_ message: String) -> [[String]] {
    message.split(whereSeparator: \.isNewline).compactMap { line in
      let pieces = MessagePattern.literalPieces(of: String(line)).map(MessagePattern.normalize).filter { !$0.isEmpty }
      return pieces.reduce(0) { $0 + $1.unicodeScalars.count } >= MessagePattern.minimumAlternativeLength ? pieces : nil
    }
  }

  @Test(arguments: [61, 62, 63] as [UInt64])
  func asciiReadingAgreesWithTheScalarReading(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<3_000 {
      let message = (0..<Int(random.next() % 12)).map { _ in Self.asciiPieces.randomElement(using: &random)! }.joined()
      let scalar = MessagePattern.scalarAlternatives(of: message)
      #expect(ASCIIPattern.alternatives(of: message) == scalar, "\(message.debugDescription)")
      #expect(MessagePattern(message: message).alternatives == scalar)
      #expect(scalar == Self.reference(message), "\(message.debugDescription)")
    }
  }

  @Test(arguments: [66, 67] as [UInt64])
  func nonEmptyLinesSplitAsCharactersDo(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let pieces = AdversarialStrings.pieces + Self.asciiPieces + ["\u{C2}\u{85}", "\u{2028}x", "\r\u{301}", "\n\n"]
    for _ in 0..<3_000 {
      let text = (0..<Int(random.next() % 10)).map { _ in pieces.randomElement(using: &random)! }.joined()
      #expect(text.nonEmptyLines.map(String.init) == text.split(whereSeparator: \.isNewline).map(String.init), "\(text.debugDescription)")
    }
  }

  @Test(arguments: [64, 65] as [UInt64])
  func scalarLineSplitAgreesWithCharacters(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let pieces = AdversarialStrings.pieces + Self.asciiPieces
    for _ in 0..<3_000 {
      let message = (0..<Int(random.next() % 10)).map { _ in pieces.randomElement(using: &random)! }.joined()
      #expect(MessagePattern(message: message).alternatives == Self.reference(message), "\(message.debugDescription)")
    }
  }
}
