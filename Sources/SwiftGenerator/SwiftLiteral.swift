import DocModel

/// Swift source for exact string values: every string the docs hold, byte for byte.
public enum SwiftLiteral {
  /// A string literal whose value is exactly `text`.
  ///
  /// Quotes, backslashes and control characters are escaped; so are characters that would be invisible or
  /// reorder the source when read (bidirectional controls, line and paragraph separators, byte order marks),
  /// and a combining mark right after the opening quote. Everything else, emoji and CJK included, is kept.
  public static func string(_ text: String) -> String {
    // Printable ASCII without a quote or a backslash is written as it is.
    if text.utf8.allSatisfy(isPlainASCII) { return "\"" + text + "\"" }
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count + 2)
    append(text, to: &result)
    return String(decoding: result, as: UTF8.self)
  }

  /// Appends the string literal whose value is exactly `text`, as ``string(_:)`` writes it.
  ///
  /// The text is read as UTF-8 bytes: runs of printable ASCII and of characters that need no escape are
  /// copied whole. A Swift string is valid UTF-8, so a lead byte gives its character's length.
  public static func append(_ text: String, to result: inout [UInt8]) {
    result.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var runStart = 0
      var index = 0
      let count = utf8.count
      while index < count {
        // Eight bytes of plain ASCII are passed over at once; else up to eight are read one at a time.
        if index + 8 <= count, let base = utf8.baseAddress,
          ByteSearch.isPlainPrintable(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
        {
          index += 8
          continue
        }
        let end = min(index + 8, count)
        while index < end {
          let byte = utf8[index]
          if byte < 0x80 {
            if isPlainASCII(byte) {
              index += 1
              continue
            }
            result.append(contentsOf: utf8[runStart..<index])
            switch byte {
            case UInt8(ascii: "\\"): result.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\n"): result.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): result.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): result.append(contentsOf: #"\t"#.utf8)
            case 0: result.append(contentsOf: #"\0"#.utf8)
            default: appendEscape(UInt32(byte), to: &result)
            }
            index += 1
            runStart = index
            continue
          }
          let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
          let scalar = scalar(in: utf8, at: index, length: length)
          if needsEscape(scalar, first: index == 0) {
            result.append(contentsOf: utf8[runStart..<index])
            appendEscape(scalar.value, to: &result)
            index += length
            runStart = index
          } else {
            index += length
          }
        }
      }
      result.append(contentsOf: utf8[runStart..<utf8.count])
    }
    result.append(UInt8(ascii: "\""))
  }

  /// The literal as ``string(_:)`` wrote it scalar by scalar before it read bytes: the reference its tests
  /// hold it to.
  static func stringReadAsScalars(_ text: String) -> String {
    var result: [UInt8] = [UInt8(ascii: "\"")]
    var isFirst = true
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result.append(contentsOf: #"\\"#.utf8)
      case "\"": result.append(contentsOf: #"\""#.utf8)
      case "\n": result.append(contentsOf: #"\n"#.utf8)
      case "\r": result.append(contentsOf: #"\r"#.utf8)
      case "\t": result.append(contentsOf: #"\t"#.utf8)
      case "\0": result.append(contentsOf: #"\0"#.utf8)
      default:
        if needsEscape(scalar, first: isFirst) {
          result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".utf8)
        } else {
          UTF8.encode(scalar) { result.append($0) }
        }
      }
      isFirst = false
    }
    result.append(UInt8(ascii: "\""))
    return String(decoding: result, as: UTF8.self)
  }

  private static func isPlainASCII(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
  }

  /// The scalar whose `length` UTF-8 bytes start at `index`.
  private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
    var value = UInt32(utf8[index]) & (0xFF >> (length + 1))
    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// `\u{…}` with the scalar's value in uppercase hexadecimal.
  private static func appendEscape(_ value: UInt32, to result: inout [UInt8]) {
    result.append(contentsOf: #"\u{"#.utf8)
    result.append(contentsOf: String(value, radix: 16, uppercase: true).utf8)
    result.append(UInt8(ascii: "}"))
  }

  /// An array literal of string literals.
  public static func array(_ values: [String]) -> String {
    var result: [UInt8] = []
    appendArray(values, to: &result)
    return String(decoding: result, as: UTF8.self)
  }

  /// Appends the array literal of string literals, as ``array(_:)`` writes it.
  public static func appendArray(_ values: [String], to result: inout [UInt8]) {
    result.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { result.append(contentsOf: ", ".utf8) }
      append(value, to: &result)
    }
    result.append(UInt8(ascii: "]"))
  }

  private static func needsEscape(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    // Fast paths for the common cases, without the cost of a Unicode property lookup: printable ASCII and
    // Latin-1, and the assigned letters of the CJK ideograph, kana and Hangul blocks.
    if value < 0x300 { return value == 0x00AD }
    if (0x4E00...0x9FFF).contains(value) || (0x3041...0x3096).contains(value) || (0x30A1...0x30FA).contains(value)
      || (0xAC00...0xD7A3).contains(value)
    {
      return false
    }
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
      return first && scalar.properties.isVariationSelector
    }
  }

  /// Text for a `///` comment line: control and invisible characters become spaces, so the comment stays
  /// one line and reads as it renders.
  public static func commentLine(_ text: String) -> String {
    if text.utf8.withContiguousStorageIfAvailable(ByteSearch.isPrintableASCII) ?? false { return text }
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if needsEscape(scalar, first: false) {
        result.append(UInt8(ascii: " "))
      } else {
        UTF8.encode(scalar) { result.append($0) }
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}
