import DocModel
import DocTestSupport
import Testing

/// `ms.date` is read on bytes; these tests hold the reading to one on characters, as it was first written.
@Suite("Front matter dates, against a character-level reference")
struct DateReadingPropertyTests {
  /// The date as first read: spaces trimmed, then split on `/` (else `-`) and each part read as a number.
  static func reference(_ text: String) -> (Int, Int, Int)? {
    let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    let slash = trimmed.split(separator: "/", omittingEmptySubsequences: false)
    let dash = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    let parts: [Substring]
    if slash.count == 3 {
      guard slash[2].count == 4, (1...2).contains(slash[0].count), (1...2).contains(slash[1].count) else { return nil }
      parts = [slash[2], slash[0], slash[1]]
    } else if dash.count == 3 {
      guard dash[0].count == 4, dash[1].count == 2, dash[2].count == 2 else { return nil }
      parts = dash
    } else {
      return nil
    }
    guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month),
      day >= 1
    else { return nil }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return day <= days ? (year, month, day) : nil
  }

  static let pieces = [
    "0", "1", "2", "9", "02", "12", "13", "29", "30", "31", "2024", "1900", "2000", "/", "-", " ", "  ", "+", "٣",
    "\u{301}", "é", "１", "\t", ".", "00", "99999",
  ]

  @Test(arguments: [11, 12, 13] as [UInt64])
  func agreesWithTheCharacterReading(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    var valid = 0
    for _ in 0..<5_000 {
      var text = ""
      // Mostly date-shaped texts, so that both valid and nearly valid dates come up often.
      if generator.next() % 2 == 0 {
        let separator = generator.next() % 2 == 0 ? "/" : "-"
        let fields = (0..<3).map { _ in Self.pieces[Int(generator.next() % 13)] }
        text = fields.joined(separator: separator)
        if generator.next() % 4 == 0 { text = " " + text + " " }
      } else {
        for _ in 0..<Int(generator.next() % 8) { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
      }
      let date = DocDate(text)
      let expected = Self.reference(text)
      #expect(date.map { [$0.year, $0.month, $0.day] } == expected.map { [$0.0, $0.1, $0.2] }, "\(text.debugDescription)")
      if expected != nil { valid += 1 }
    }
    // The generator must reach valid dates as well as invalid ones.
    #expect(valid > 50)
  }

  @Test func examples() {
    #expect(DocDate("02/17/2024").map { [$0.year, $0.month, $0.day] } == [2024, 2, 17])
    #expect(DocDate(" 2/9/2024 ").map { [$0.year, $0.month, $0.day] } == [2024, 2, 9])
    #expect(DocDate("2024-02-29").map { [$0.year, $0.month, $0.day] } == [2024, 2, 29])
    #expect(DocDate("2023-02-29") == nil)
    #expect(DocDate("2024-2-9") == nil)
    #expect(DocDate("02/17-2024") == nil)
    #expect(DocDate("02/17/２０２４") == nil)
    #expect(DocDate("") == nil)
  }
}
