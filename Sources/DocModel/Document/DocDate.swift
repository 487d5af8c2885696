/// A calendar date from front matter: `MM/DD/YYYY` (DocFX's form) or `YYYY-MM-DD`.
public struct DocDate: Sendable, Hashable, Comparable {
  public var year: Int
  public var month: Int
  public var day: Int

  public init?(_ text: String) {
    // A date is ASCII digits and two separators of one kind, between spaces: it is read on bytes, and any
    // other byte makes the text no date.
    var fields = InlineArray<3, Int>(repeating: 0)
    var lengths = InlineArray<3, Int>(repeating: 0)
    var count = 0
    var separator: UInt8?
    var value = 0
    var length = 0
    var utf8 = Substring(text).utf8
    while utf8.first == UInt8(ascii: " ") { utf8.removeFirst() }
    while utf8.last == UInt8(ascii: " ") { utf8.removeLast() }
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard length < 4 else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
        length += 1
      case UInt8(ascii: "/"), UInt8(ascii: "-"):
        guard separator == nil || separator == byte, count < 2 else { return nil }
        separator = byte
        fields[count] = value
        lengths[count] = length
        count += 1
        value = 0
        length = 0
      default:
        return nil
      }
    }
    guard count == 2 else { return nil }
    fields[2] = value
    lengths[2] = length
    let year: Int
    let month: Int
    let day: Int
    if separator == UInt8(ascii: "/") {
      // MM/DD/YYYY, with one or two digits for the month and the day.
      guard lengths[2] == 4, (1...2).contains(lengths[0]), (1...2).contains(lengths[1]) else { return nil }
      (year, month, day) = (fields[2], fields[0], fields[1])
    } else {
      guard lengths[0] == 4, lengths[1] == 2, lengths[2] == 2 else { return nil }
      (year, month, day) = (fields[0], fields[1], fields[2])
    }
    guard (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year) else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public static func < (lhs: DocDate, rhs: DocDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}


extension DocDate {
  /// `YYYY-MM-DD`, the form of HTML's `<time datetime>`.
  public var iso: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }
}
