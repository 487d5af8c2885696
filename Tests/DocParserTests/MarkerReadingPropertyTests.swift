import DocModel
import DocTestSupport
import Testing

@testable import DocParser

/// A DocFX marker is read on bytes when it is ASCII; this holds that reading to the one on characters.
@Suite("DocFX markers, against a character-level reference")
struct MarkerReadingPropertyTests {
  static let pieces = [
    "[!", "[", "!", "]", "NOTE", "div", "Tip", "x1", "1", "-", "_", " ", "\t", "class=\"a b\"", "é", "\u{301}",
    "\r\n", "\r", "\n", "日本", "ｴ", "=", "\"", "\u{200D}",
  ]

  @Test(arguments: [21, 22, 23] as [UInt64])
  func agreesWithTheCharacterReading(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var markers = 0
    for _ in 0..<5_000 {
      let count = Int(random.next() % 6)
      let text = "[!" + (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
        + (random.next() % 2 == 0 ? "]" : "") + (0..<Int(random.next() % 2)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
      let marker = DocFXInterpreter.leadingMarker(text)
      let expected = DocFXInterpreter.markerReadAsCharacters(text)
      #expect(marker?.name == expected?.name, "\(text.debugDescription)")
      #expect(marker?.argument == expected?.argument, "\(text.debugDescription)")
      #expect(marker?.length == expected?.length, "\(text.debugDescription)")
      // Read from the middle of a text too, as unknown inline markers are.
      let inMiddle = "x " + text
      let start = inMiddle.index(inMiddle.startIndex, offsetBy: 2)
      #expect(DocFXInterpreter.leadingMarker(inMiddle[start...])?.length == expected?.length, "\(text.debugDescription)")
      if expected != nil { markers += 1 }
    }
    #expect(markers > 500)
  }
}
