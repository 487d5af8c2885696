/// An SMTP enhanced status code (`5.7.1`), with the reply code written before it if any (`550 5.4.1`).
public struct StatusCode: Sendable, Hashable, Codable {
  /// The three-digit reply code, when the docs write one.
  public var reply: Int?
  /// The dotted code: class, subject and detail (`5.4.1`).
  public var status: String
  /// The cell's text, as the docs write it.
  public var written: String

  public init(reply: Int?, status: String, written: String) {
    self.reply = reply
    self.status = status
    self.written = written
  }

  /// The status of a cell whose text starts with one, or `nil`.
  public init?(cell text: String) {
    let trimmed = String(text.trimmingWhitespace())
    guard let first = Self.statuses(in: trimmed).first, first.start == 0 else { return nil }
    self.init(reply: first.reply, status: first.status, written: trimmed)
  }

  /// Every status code in a text, in order, with the reply code before it if any and where it starts
  /// (in characters): `550 5.4.1 Relay Access Denied` has `550`, `5.4.1` at 0.
  public static func statuses(in text: String) -> [(reply: Int?, status: String, start: Int)] {
    let characters = Array(text)
    var found: [(reply: Int?, status: String, start: Int)] = []
    var index = 0
    func digits(from start: Int, max: Int) -> Int {
      var end = start
      while end < characters.count, end - start < max, characters[end].isASCIIDigit { end += 1 }
      return end
    }
    while index < characters.count {
      let startsWord = index == 0 || !(characters[index - 1].isASCIIDigit || characters[index - 1] == ".")
      guard startsWord, let statusClass = characters[index].wholeNumberValue, characters[index].isASCII,
        [2, 4, 5].contains(statusClass), index + 1 < characters.count, characters[index + 1] == "."
      else {
        index += 1
        continue
      }
      let subjectEnd = digits(from: index + 2, max: 3)
      guard subjectEnd > index + 2, subjectEnd < characters.count, characters[subjectEnd] == "." else {
        index += 1
        continue
      }
      let detailEnd = digits(from: subjectEnd + 1, max: 3)
      let endsWord =
        detailEnd == characters.count
        || !(characters[detailEnd].isASCIIDigit
          || (characters[detailEnd] == "." && detailEnd + 1 < characters.count
            && characters[detailEnd + 1].isASCIIDigit))
      guard detailEnd > subjectEnd + 1, endsWord else {
        index += 1
        continue
      }
      let status = String(characters[index..<detailEnd])
      var reply: Int?
      var start = index
      // A reply code of the same class right before it, after a space or a dash: `550 5.4.1`, `550-5.4.1`.
      if index >= 4, characters[index - 1] == " " || characters[index - 1] == "-",
        characters[(index - 4)..<(index - 1)].allSatisfy(\.isASCIIDigit),
        characters[index - 4].wholeNumberValue == statusClass,
        index == 4 || !characters[index - 5].isASCIIDigit
      {
        reply = Int(String(characters[(index - 4)..<(index - 1)]))
        start = index - 4
      }
      found.append((reply, status, start))
      index = detailEnd
    }
    return found
  }
}
