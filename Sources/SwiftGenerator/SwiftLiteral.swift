/// Swift source for exact string values: every string the docs hold, byte for byte.
public enum SwiftLiteral {
  /// A string literal whose value is exactly `text`.
  ///
  /// Quotes, backslashes and control characters are escaped; so are characters that would be invisible or
  /// reorder the source when read (bidirectional controls, line and paragraph separators, byte order marks),
  /// and a combining mark right after the opening quote. Everything else, emoji and CJK included, is kept.
  public static func string(_ text: String) -> String {
    var result = "\""
    var isFirst = true
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\0": result += "\\0"
      default:
        if needsEscape(scalar, first: isFirst) {
          result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
      isFirst = false
    }
    return result + "\""
  }

  /// An array literal of string literals.
  public static func array(_ values: [String]) -> String {
    "[" + values.map(string).joined(separator: ", ") + "]"
  }

  private static func needsEscape(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    if (0x200B...0x200F).contains(value) || (0x202A...0x202E).contains(value) || (0x2060...0x206F).contains(value) {
      return true
    }
    if value == 0x2028 || value == 0x2029 || value == 0xFEFF || value == 0x061C || value == 0x00AD { return true }
    if (0xFFF0...0xFFFF).contains(value) || (0xE000...0xF8FF).contains(value) { return true }
    switch scalar.properties.generalCategory {
    case .unassigned, .surrogate, .privateUse, .format, .lineSeparator, .paragraphSeparator, .control:
      return true
    case .nonspacingMark, .spacingMark, .enclosingMark:
      return first
    default:
      return scalar.properties.isVariationSelector && first
    }
  }

  /// Text for a `///` comment line: control and invisible characters become spaces, so the comment stays
  /// one line and reads as it renders.
  public static func commentLine(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(needsEscape(scalar, first: false) ? " " : scalar)
    }
    return String(result)
  }
}
