extension String {
  /// The text's non-empty lines, split where `Character.isNewline` would split it, but on scalars: a
  /// newline scalar is always a character of its own (or `\r\n`, whose empty middle is dropped), so the
  /// lines are the same, without the cost of finding character boundaries.
  public var nonEmptyLines: [Substring] {
    guard utf8.contains(where: { ($0 >= 0x0A && $0 <= 0x0D) || $0 == 0xC2 || $0 == 0xE2 }) else {
      return isEmpty ? [] : [self[...]]
    }
    return unicodeScalars.split(whereSeparator: \.isNewline).map { Substring($0) }
  }
}

extension Unicode.Scalar {
  /// Whether the scalar ends a line, as `Character.isNewline` says: line feed, vertical tab, form feed,
  /// carriage return, next line, and the line and paragraph separators.
  public var isNewline: Bool {
    switch value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}
