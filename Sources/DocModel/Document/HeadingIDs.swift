/// The ids DocFX gives a page's headings, which the site writes and `#fragment` links are checked against:
/// one function for both. DocFX's Markdown engine (markdig, with GitHub-style identifiers) keeps a heading
/// text's letters and decimal digits, lowercased, turns spaces into hyphens, keeps `-` and `_`, and drops the
/// rest (`Next steps` → `next-steps`); a heading left with nothing is `section`; an id already taken on the
/// page gets `-1`, `-2` … (the first of them still free). An `<a name>` anchor a heading holds is an anchor
/// of its own beside the id (``Heading/anchor``).
public enum HeadingIDs {
  /// Each heading's id, in document order.
  public static func assign(_ headings: [Heading]) -> [String] {
    assign(slugs: headings.map { slug(PlainText.render($0.inlines)) })
  }

  /// The ids of headings with these slugs, in order. An id once taken stays taken, so the numbering of a slug
  /// goes on from the last number it was given instead of trying `-1`, `-2` … again: a page of many equal
  /// headings costs as many tries as it has headings (and ids taken in between), not their square.
  public static func assign(slugs: [String]) -> [String] {
    var taken: Set<String> = []
    taken.reserveCapacity(slugs.count)
    var lastNumber: [String: Int] = [:]
    return slugs.map { slug in
      let base = slug.isEmpty ? "section" : slug
      var id = base
      if taken.contains(id) {
        var counter = lastNumber[base] ?? 0
        repeat {
          counter += 1
          id = "\(base)-\(counter)"
        } while taken.contains(id)
        lastNumber[base] = counter
      }
      taken.insert(id)
      return id
    }
  }

  /// The slug of a heading's text, empty when nothing of it is kept. Characters are read as DocFX's engine
  /// reads them, as UTF-16 units: a letter or digit outside the Basic Multilingual Plane is dropped, as are
  /// combining marks.
  public static func slug(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        switch UInt8(value) {
        case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(UInt8(value) | 0x20)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
          UInt8(ascii: "_"):
          bytes.append(UInt8(value))
        default: continue
        }
        continue
      }
      guard value <= 0xFFFF, isLetterOrDigit(scalar) else { continue }
      // Most letters beyond ASCII have no lower case (kana, ideographs): they are kept as they are.
      let lower =
        scalar.properties.changesWhenLowercased
        ? scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar : scalar
      bytes.append(contentsOf: String(lower).utf8)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A letter (any of the five letter categories) or a decimal digit, as .NET's `char.IsLetterOrDigit`.
  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: true
    default: false
    }
  }
}
