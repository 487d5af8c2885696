extension StringProtocol {
  /// The text without the leading and trailing characters that `isTrimmed` accepts.
  public func trimming(_ isTrimmed: (Character) -> Bool) -> Substring {
    let characters = Substring(self)
    guard let first = characters.firstIndex(where: { !isTrimmed($0) }),
      let last = characters.lastIndex(where: { !isTrimmed($0) })
    else { return "" }
    return characters[first...last]
  }

  /// The text without leading and trailing white space (Unicode white space, including no-break space).
  ///
  /// Most texts begin and end with a visible ASCII byte; those are returned whole without reading a
  /// character. A character ending in such a byte is never white space: white space is a single scalar, or
  /// `\r\n`.
  public func trimmingWhitespace() -> Substring {
    let text = Substring(self)
    if let first = text.utf8.first, let last = text.utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
      return text
    }
    return text.trimming(\.isWhitespace)
  }

  /// Whether `byte` is ASCII and not one of its white space bytes (space, tab, line feed, vertical tab,
  /// form feed, carriage return).
  private static func isVisibleASCII(_ byte: UInt8) -> Bool {
    byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
  }
}
