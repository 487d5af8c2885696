/// Reads raw HTML, as pages write it, into text, tags and the parts pages never show (comments,
/// `<!DOCTYPE …>`, `<?…>`, `<![CDATA[…]]>`), in one pass over the bytes.
///
/// A `<` that does not start a tag that can be read whole (a name, attributes with closed quotes, then
/// `>`) is text, and so is everything up to where the reading failed: nothing is read twice, so the time
/// is linear in the input whatever it holds.
public struct RawHTMLScanner: Sequence, IteratorProtocol {
  /// One part of the input, with the input text it was read from.
  public enum Token: Sendable, Equatable {
    case text(Substring)
    case tag(Tag, source: Substring)
    /// A comment or declaration.
    case ignored
  }

  /// A start or end tag.
  public struct Tag: Sendable, Equatable {
    /// The name in lower case.
    public var name: String
    public var isClosing: Bool
    /// Written `<name … />`.
    public var isSelfClosing: Bool
    /// Each attribute's name in lower case and its value as written (the first of a repeated name).
    public var attributes: [(name: String, value: Substring)]

    /// The value of the attribute `name`, character references decoded (as a browser reads it).
    public func value(_ name: String) -> String? {
      attributes.first { $0.name == name }.map { HTMLCharacterReferences.decode(String($0.value)) }
    }

    public static func == (lhs: Tag, rhs: Tag) -> Bool {
      lhs.name == rhs.name && lhs.isClosing == rhs.isClosing && lhs.isSelfClosing == rhs.isSelfClosing
        && lhs.attributes.elementsEqual(rhs.attributes) { $0.name == $1.name && $0.value == $1.value }
    }
  }

  private let text: Substring
  private var position: Substring.Index

  public init(_ text: Substring) {
    self.text = text
    position = text.startIndex
  }

  public init(_ text: String) {
    self.init(Substring(text))
  }

  public mutating func next() -> Token? {
    let bytes = text.utf8
    guard position < bytes.endIndex else { return nil }
    let start = position
    guard bytes[start] == UInt8(ascii: "<") else {
      position = bytes[start...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.endIndex
      return .text(text[start..<position])
    }
    let rest = bytes[bytes.index(after: start)...]
    if rest.starts(with: "!--".utf8) {
      let body = bytes[bytes.index(start, offsetBy: 4)...]
      // `<!-->` and `<!--->` are empty comments.
      if body.first == UInt8(ascii: ">") {
        position = bytes.index(after: body.startIndex)
      } else if body.starts(with: "->".utf8) {
        position = bytes.index(body.startIndex, offsetBy: 2)
      } else {
        position = Self.end(of: "-->".utf8, in: body) ?? bytes.endIndex
      }
      return .ignored
    }
    if rest.starts(with: "![CDATA[".utf8) {
      position = Self.end(of: "]]>".utf8, in: rest) ?? bytes.endIndex
      return .ignored
    }
    if rest.first == UInt8(ascii: "!") || rest.first == UInt8(ascii: "?") {
      position = rest.firstIndex(of: UInt8(ascii: ">")).map { bytes.index(after: $0) } ?? bytes.endIndex
      return .ignored
    }
    switch readTag(from: start) {
    case .success(let tag, let end):
      position = end
      return .tag(tag, source: text[start..<end])
    case .failure(let stop):
      // The text runs to where reading stopped (at least the `<`), then to the next `<`.
      let after = Swift.max(stop, bytes.index(after: start))
      position = bytes[after...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.endIndex
      return .text(text[start..<position])
    }
  }

  private enum TagReading {
    case success(Tag, end: Substring.Index)
    /// Where reading stopped.
    case failure(Substring.Index)
  }

  /// Reads the tag whose `<` is at `start`.
  private func readTag(from start: Substring.Index) -> TagReading {
    let bytes = text.utf8
    var index = bytes.index(after: start)
    func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
    func skipSpaces() { while let byte = peek(), Self.isSpace(byte) { index = bytes.index(after: index) } }
    let isClosing = peek() == UInt8(ascii: "/")
    if isClosing { index = bytes.index(after: index) }
    guard let first = peek(), Self.isLetter(first) else { return .failure(index) }
    let nameStart = index
    while let byte = peek(), Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "-") {
      index = bytes.index(after: index)
    }
    let name = String(text[nameStart..<index]).lowercased()
    var attributes: [(name: String, value: Substring)] = []
    var isSelfClosing = false
    while true {
      let beforeSpaces = index
      skipSpaces()
      guard let byte = peek() else { return .failure(index) }
      if byte == UInt8(ascii: ">") { break }
      if byte == UInt8(ascii: "/") {
        index = bytes.index(after: index)
        guard peek() == UInt8(ascii: ">") else { return .failure(index) }
        isSelfClosing = true
        break
      }
      // An end tag has no attributes, and attributes are apart from the name and from each other.
      guard !isClosing, index > beforeSpaces || !attributes.isEmpty else {
        return .failure(index)
      }
      let attributeStart = index
      while let byte = peek(), !Self.isSpace(byte), !Self.endsAttributeName(byte) {
        index = bytes.index(after: index)
      }
      guard index > attributeStart else { return .failure(index) }
      let attribute = String(text[attributeStart..<index]).lowercased()
      skipSpaces()
      var value = text[index..<index]
      if peek() == UInt8(ascii: "=") {
        index = bytes.index(after: index)
        skipSpaces()
        guard let quote = peek() else { return .failure(index) }
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
          let valueStart = bytes.index(after: index)
          guard let close = bytes[valueStart...].firstIndex(of: quote) else { return .failure(bytes.endIndex) }
          value = text[valueStart..<close]
          index = bytes.index(after: close)
        } else {
          let valueStart = index
          while let byte = peek(), !Self.isSpace(byte), byte != UInt8(ascii: ">"), byte != UInt8(ascii: "<"),
            byte != UInt8(ascii: "\""), byte != UInt8(ascii: "'"), byte != UInt8(ascii: "`"), byte != UInt8(ascii: "=")
          {
            index = bytes.index(after: index)
          }
          guard index > valueStart else { return .failure(index) }
          value = text[valueStart..<index]
        }
      }
      if !attributes.contains(where: { $0.name == attribute }) { attributes.append((attribute, value)) }
    }
    return .success(
      Tag(name: name, isClosing: isClosing, isSelfClosing: isSelfClosing, attributes: attributes),
      end: bytes.index(after: index))
  }

  /// The index just past the first `marker` in `bytes`, or `nil`.
  private static func end(of marker: String.UTF8View, in bytes: Substring.UTF8View.SubSequence) -> Substring.Index? {
    guard let first = marker.first else { return nil }
    var index = bytes.startIndex
    while let found = bytes[index...].firstIndex(of: first) {
      if bytes[found...].starts(with: marker) { return bytes.index(found, offsetBy: marker.count) }
      index = bytes.index(after: found)
    }
    return nil
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
      || byte == 0x0C
  }
  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
  private static func endsAttributeName(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "<")
      || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
  }
}
