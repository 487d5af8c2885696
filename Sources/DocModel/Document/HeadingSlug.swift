/// The id GitHub and DocFX give a heading: its text lowercased, spaces turned into hyphens, punctuation
/// dropped (`Next steps` → `next-steps`). Repeated headings get `-1`, `-2` ... after the first.
public enum HeadingSlug {
  public static func make(_ text: String) -> String {
    // An ASCII heading, nearly every one, is read on bytes: each byte is a character.
    if text.isASCII {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf8.count)
      for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
          UInt8(ascii: "_"):
          bytes.append(byte)
        default: continue
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    return makeFromCharacters(text)
  }

  /// The slug read on characters, for any text.
  static func makeFromCharacters(_ text: String) -> String {
    var result = ""
    for character in text.lowercased() {
      if character == " " {
        result.append("-")
      } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
        result.append(character)
      }
    }
    return result
  }
}
