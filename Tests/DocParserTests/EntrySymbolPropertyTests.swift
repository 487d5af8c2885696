import DocTestSupport
import Testing

@testable import DocModel

/// An entry's symbol is built from its texts' bytes in one pass; these tests hold it to a reading that
/// gathers each word first and then writes it, as the words are described.
@Suite("Entry symbols, against a word-by-word reading")
struct EntrySymbolPropertyTests {
  static let pieces = [
    "a", "Z", "AWS", "365", "0x8024A000", "Http", "request", " ", ": ", "-", "_", ".", "é", "日本", "\u{A0}", "Ünï",
    "401", "Bad", "OK", "x9", "9x", "`", "\n",
  ]

  /// The words of `texts` as the symbol's description gives them, at most `maximumWords` of each text.
  static func wordByWord(_ texts: [String], maximumWords: Int) -> String {
    func isWordByte(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
    var words: [[UInt8]] = []
    for text in texts {
      var ofText: [[UInt8]] = []
      var word: [UInt8] = []
      for byte in Array(text.utf8) + [0x20] {
        if isWordByte(byte) {
          word.append(byte)
        } else if !word.isEmpty {
          ofText.append(word)
          word = []
        }
      }
      words += ofText.prefix(maximumWords)
    }
    var name = ""
    for (index, word) in words.enumerated() {
      let text = String(decoding: word, as: UTF8.self)
      let isAllCaps = !text.contains(where: \.isLowercase)
      let first = String(text.prefix(1))
      let rest = String(text.dropFirst())
      name += (index == 0 ? first.lowercased() : first.uppercased()) + (isAllCaps ? rest.lowercased() : rest)
    }
    if let first = name.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { name = "_" + name }
    return name
  }

  @Test(arguments: [81, 82] as [UInt64])
  func symbolsAgreeWithTheWordByWordReading(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    var nonEmpty = 0
    for _ in 0..<4_000 {
      let texts = (0..<Int(generator.next() % 3 + 1)).map { _ in
        (0..<Int(generator.next() % 7)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
      }
      let maximumWords = generator.next() % 2 == 0 ? Int.max : Int(generator.next() % 4)
      let symbol = EntrySymbol.lowerCamelCase(texts, maximumWords: maximumWords)
      #expect(symbol == Self.wordByWord(texts, maximumWords: maximumWords), "\(texts) \(maximumWords)")
      if !symbol.isEmpty { nonEmpty += 1 }
    }
    #expect(nonEmpty > 2_000)
  }

  @Test func examples() {
    #expect(
      EntrySymbol.lowerCamelCase(["HttpRequestFailure: Server returned: 401 Unauthorized", "Okta"])
        == "httpRequestFailureServerReturned401UnauthorizedOkta")
    #expect(EntrySymbol.lowerCamelCase(["AWS lookup"]) == "awsLookup")
    #expect(EntrySymbol.lowerCamelCase(["365 days"]) == "_365Days")
    #expect(EntrySymbol.lowerCamelCase(["one two three", "four five"], maximumWords: 2) == "oneTwoFourFive")
  }
}
