/// The id GitHub and DocFX give a heading: its text lowercased, spaces turned into hyphens, punctuation
/// dropped (`Next steps` → `next-steps`). Repeated headings get `-1`, `-2` ... after the first.
public enum HeadingSlug {
  public static func make(_ text: String) -> String {
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
