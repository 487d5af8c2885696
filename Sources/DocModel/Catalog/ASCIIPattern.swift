/// ``MessagePattern``'s reading of an ASCII message, on its bytes: most messages are ASCII, and reading
/// them without Unicode scalars, characters and their property look-ups is several times faster. It gives
/// the same alternatives as ``MessagePattern/scalarAlternatives(of:)`` (a property test holds the two to it).
enum ASCIIPattern {
  /// The normalized literal pieces of each line of an ASCII message.
  static func alternatives(of message: String) -> [[String]] {
    let bytes = Array(message.utf8)
    var alternatives: [[String]] = []
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, !isNewline(bytes[lineEnd]) { lineEnd += 1 }
      if lineEnd > lineStart, let pieces = pieces(of: bytes[lineStart..<lineEnd]) { alternatives.append(pieces) }
      lineStart = lineEnd + 1
    }
    return alternatives
  }

  /// A line's normalized pieces, or `nil` when they are too short to identify an entry.
  private static func pieces(of line: ArraySlice<UInt8>) -> [String]? {
    var pieces: [String] = []
    var current: [UInt8] = []
    var total = 0
    func endPiece() {
      guard !current.isEmpty else { return }
      total += current.count
      pieces.append(String(decoding: current, as: UTF8.self))
      current.removeAll(keepingCapacity: true)
    }
    var index = line.startIndex
    while index < line.endIndex {
      if let length = placeholderLength(line, at: index) {
        endPiece()
        index += length
        continue
      }
      let byte = line[index]
      if isLowercaseOrDigit(byte) {
        current.append(byte)
      } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
        current.append(byte + 0x20)
      }
      index += 1
    }
    endPiece()
    return total >= MessagePattern.minimumAlternativeLength ? pieces : nil
  }

  /// ``MessagePattern/placeholderLength(_:at:)`` on ASCII bytes.
  private static func placeholderLength(_ line: ArraySlice<UInt8>, at index: Int) -> Int? {
    switch line[index] {
    case UInt8(ascii: "."):
      var end = index
      while end < line.endIndex && line[end] == UInt8(ascii: ".") { end += 1 }
      return end - index >= 3 ? end - index : nil
    case UInt8(ascii: "("):
      guard let close = line[index...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
      let inside = line[(index + 1)..<close].map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 0x20 : $0 }
      return inside.firstOffset(of: Array("goes here".utf8)) != nil ? close - index + 1 : nil
    case let opener where opener == UInt8(ascii: "<") || opener == UInt8(ascii: "{"):
      let closer = opener == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "}")
      guard let close = line[(index + 1)...].firstIndex(where: { $0 == closer || $0 == opener }),
        line[close] == closer, close > index + 1
      else { return nil }
      let isName = line[(index + 1)..<close].allSatisfy {
        isLetterOrDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-")
      }
      return isName ? close - index + 1 : nil
    case UInt8(ascii: "%"):
      var end = index + 1
      while end < line.endIndex, "-+ #0123456789.*".utf8.contains(line[end]) { end += 1 }
      while end < line.endIndex, "hlLqjzt".utf8.contains(line[end]) { end += 1 }
      guard end < line.endIndex, "diouxXeEfFgGaAcspS".utf8.contains(line[end]) else { return nil }
      return end - index + 1
    default:
      return isGUID(line, at: index) ? 36 : nil
    }
  }

  /// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hexadecimal digits, not inside a longer word.
  private static func isGUID(_ line: ArraySlice<UInt8>, at index: Int) -> Bool {
    guard index + 36 <= line.endIndex, isHexDigit(line[index]), line[index + 8] == UInt8(ascii: "-") else {
      return false
    }
    if index > line.startIndex, isLetterOrDigit(line[index - 1]) { return false }
    for offset in 0..<36 {
      let byte = line[index + offset]
      if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
        guard byte == UInt8(ascii: "-") else { return false }
      } else {
        guard isHexDigit(byte) else { return false }
      }
    }
    return true
  }

  /// Line feed, vertical tab, form feed and carriage return: the ASCII scalars `Character.isNewline` is true for.
  private static func isNewline(_ byte: UInt8) -> Bool { byte >= 0x0A && byte <= 0x0D }

  private static func isLowercaseOrDigit(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    isLowercaseOrDigit(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
  }
}
