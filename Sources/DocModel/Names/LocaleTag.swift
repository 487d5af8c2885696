/// Locale names as BCP 47 language tags: the well-formed syntax of RFC 5646, checked before a locale name
/// becomes a folder, a file path or a link (`en-US`, `zh-Hant-TW`, `es-419`, `und`).
///
/// Only the shape is checked, not the registry: a language of 2–3 letters (with up to three extended
/// language subtags of 3 letters) or 5–8 letters, then an optional script (4 letters), an optional region
/// (2 letters or 3 digits), variants (5–8 letters and digits, or a digit and 3 more), extensions (a
/// singleton other than `x` and subtags of 2–8), and a private use part (`x` and subtags of 1–8), each
/// separated by `-`, in any case. Nothing else, so no `/`, `.`, `:` or space ever gets through.
public enum LocaleTag {
  /// Whether `name` is a well-formed BCP 47 language tag.
  public static func isWellFormed(_ name: String) -> Bool {
    guard !name.isEmpty, name.utf8.count <= maxLength else { return false }
    let subtags = Array(name.utf8).split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard subtags.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isAlphanumeric) }) else { return false }
    var index = 0
    func next(_ accepts: (ArraySlice<UInt8>) -> Bool) -> Bool {
      guard index < subtags.count, accepts(subtags[index]) else { return false }
      index += 1
      return true
    }
    // Language: 2–3 letters and up to three extended language subtags, or 5–8 letters.
    guard next({ isLetters($0, 2...3) || isLetters($0, 5...8) }) else { return false }
    if (2...3).contains(subtags[0].count) {
      var extended = 0
      while extended < 3, next({ isLetters($0, 3...3) }) { extended += 1 }
    }
    _ = next { isLetters($0, 4...4) }  // script
    _ = next { isLetters($0, 2...2) || isDigits($0, 3...3) }  // region
    while next(isVariant) {}
    var singletons: Set<UInt8> = []
    while index < subtags.count, subtags[index].count == 1, let singleton = subtags[index].first.map({ $0 | 0x20 }),
      singleton != UInt8(ascii: "x")
    {
      // An extension: its singleton once in a tag, then at least one subtag of 2–8.
      guard singletons.insert(singleton).inserted else { return false }
      index += 1
      guard next({ (2...8).contains($0.count) }) else { return false }
      while next({ (2...8).contains($0.count) }) {}
    }
    if index < subtags.count, subtags[index].count == 1, subtags[index].first.map({ $0 | 0x20 }) == UInt8(ascii: "x") {
      index += 1
      guard next({ (1...8).contains($0.count) }) else { return false }
      while next({ (1...8).contains($0.count) }) {}
    }
    return index == subtags.count
  }

  /// Longer than any tag a docs folder needs, short enough to stay one file name.
  public static let maxLength = 64

  private static func isVariant(_ subtag: ArraySlice<UInt8>) -> Bool {
    (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first.map(isDigit) == true)
  }

  private static func isLetters(_ subtag: ArraySlice<UInt8>, _ counts: ClosedRange<Int>) -> Bool {
    counts.contains(subtag.count) && subtag.allSatisfy(isLetter)
  }

  private static func isDigits(_ subtag: ArraySlice<UInt8>, _ counts: ClosedRange<Int>) -> Bool {
    counts.contains(subtag.count) && subtag.allSatisfy(isDigit)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
}
