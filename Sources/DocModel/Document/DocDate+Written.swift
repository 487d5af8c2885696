extension DocDate {
  /// A date as a table cell may write it: `YYYY-MM-DD`, `MM/DD/YYYY`, or an English month name with the day
  /// and the year (`March 4, 2019`, `4 March 2019`, `Mar 4 2019`).
  public init?(written text: String) {
    if let date = DocDate(text) {
      self = date
      return
    }
    let words = text.split { $0 == " " || $0 == "," || $0 == "." }
    guard words.count == 3, let year = Int(words[2]), words[2].count == 4 else { return nil }
    let (monthWord, dayWord) = Int(words[0]) == nil ? (words[0], words[1]) : (words[1], words[0])
    guard let day = Int(dayWord), let month = Self.month(named: monthWord) else { return nil }
    let iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    guard day < 100, let date = DocDate(iso) else { return nil }
    self = date
  }

  /// The number of an English month from its name or its first three letters.
  private static func month(named word: Substring) -> Int? {
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december",
    ]
    let lowered = word.lowercased()
    guard lowered.count >= 3 else { return nil }
    return names.firstIndex { $0 == lowered || ($0.hasPrefix(lowered) && lowered.count == 3) }.map { $0 + 1 }
  }
}
