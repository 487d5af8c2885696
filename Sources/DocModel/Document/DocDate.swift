/// A calendar date from front matter: `MM/DD/YYYY` (DocFX's form) or `YYYY-MM-DD`.
public struct DocDate: Sendable, Hashable, Comparable {
  public var year: Int
  public var month: Int
  public var day: Int

  public init?(_ text: String) {
    let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    let slash = trimmed.split(separator: "/", omittingEmptySubsequences: false)
    let dash = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    let parts: [Substring]
    if slash.count == 3 {
      parts = [slash[2], slash[0], slash[1]]
      guard slash[2].count == 4, (1...2).contains(slash[0].count), (1...2).contains(slash[1].count) else { return nil }
    } else if dash.count == 3 {
      parts = dash
      guard dash[0].count == 4, dash[1].count == 2, dash[2].count == 2 else { return nil }
    } else {
      return nil
    }
    guard let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
    else { return nil }
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
