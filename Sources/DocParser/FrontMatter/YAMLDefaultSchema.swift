import Yams

/// The tag YAML's default schema gives a plain scalar's text, exactly as Yams' default resolver gives it (its
/// rules for bool, int, float, merge, null, timestamp and value, tried in that order), read byte by byte.
///
/// Yams' resolver matches regular expressions: the first use in a process starts ICU's regular expression
/// engine and compiles seven patterns, which costs more than an unchanged build's other work. Configurations,
/// tables of contents and front matter are composed with Yams' basic resolver, which types nothing, and their
/// plain scalars are typed here. A property test holds this reading to Yams' resolver.
enum YAMLDefaultSchema {
  /// The tag of a plain scalar whose text is `text`.
  static func tag(ofPlain text: String) -> Tag.Name {
    var text = text
    return text.withUTF8 { tag(of: $0) }
  }

  private static func tag(of bytes: UnsafeBufferPointer<UInt8>) -> Tag.Name {
    if let name = coreTag(of: bytes) { return name }
    // Like the resolver's `$`, which also matches before one line terminator that ends the text.
    let trimmed = bytes.count - finalLineTerminatorLength(bytes)
    guard trimmed < bytes.count else { return .str }
    return coreTag(of: UnsafeBufferPointer(rebasing: bytes[..<trimmed])) ?? .str
  }

  /// The length in bytes of the line terminator (`\n`, `\r\n`, `\r`, vertical tab, form feed, U+0085, U+2028
  /// or U+2029) that ends `bytes`, or 0.
  private static func finalLineTerminatorLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let last = bytes.last else { return 0 }
    switch last {
    case 0x0A: return bytes.count >= 2 && bytes[bytes.count - 2] == 0x0D ? 2 : 1
    case 0x0B, 0x0C, 0x0D: return 1
    case 0x85: return bytes.count >= 2 && bytes[bytes.count - 2] == 0xC2 ? 2 : 0
    case 0xA8, 0xA9:
      return bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80 ? 3 : 0
    default: return 0
    }
  }

  /// The first rule that matches all of `bytes`, if any.
  private static func coreTag(of bytes: UnsafeBufferPointer<UInt8>) -> Tag.Name? {
    var scanner = Scanner(bytes: bytes)
    if isBool(bytes) { return .bool }
    if scanner.matchesInt() { return .int }
    if scanner.matchesFloat() { return .float }
    if equals(bytes, "<<") { return .merge }
    if bytes.isEmpty || equals(bytes, "~") || equals(bytes, "null") || equals(bytes, "Null") || equals(bytes, "NULL") {
      return .null
    }
    if scanner.matchesTimestamp() { return .timestamp }
    if equals(bytes, "=") { return .value }
    return nil
  }

  private static let boolWords: [StaticString] = [
    "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON",
    "off", "Off", "OFF",
  ]

  private static func isBool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count >= 2 && bytes.count <= 5 && boolWords.contains { equals(bytes, $0) }
  }

  private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    word.utf8CodeUnitCount == bytes.count
      && word.withUTF8Buffer { $0.elementsEqual(bytes) }
  }

  /// The int, float and timestamp rules, each read from the start of the text to its end.
  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// `[-+]?0b[0-1_]+`, `[-+]?0o?[0-7_]+`, `[-+]?(0|[1-9][0-9_]*)`, `[-+]?0x[0-9a-fA-F_]+`, or
    /// `[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`.
    mutating func matchesInt() -> Bool {
      position = 0
      skipSign()
      if take("0") {
        if atEnd { return true }
        let afterZero = position
        if take("b") { return takeAll(while: { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F }) && atEnd }
        if take("x") { return takeAll(while: isHexDigitOrUnderscore) && atEnd }
        if take("o"), takeAll(while: isOctalDigitOrUnderscore), atEnd { return true }
        position = afterZero
        return takeAll(while: isOctalDigitOrUnderscore) && atEnd
      }
      guard take(where: { $0 >= 0x31 && $0 <= 0x39 }) else { return false }
      _ = takeAll(while: isDigitOrUnderscore)
      return atEnd || (takeSexagesimalGroups() && atEnd)
    }

    /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?`, `\.[0-9_]+([eE][-+][0-9]+)?`,
    /// `[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*`, `[-+]?\.(inf|Inf|INF)` or `\.(nan|NaN|NAN)`.
    mutating func matchesFloat() -> Bool {
      position = 0
      let signed = skipSign()
      if take(".") {
        if match("inf") || match("Inf") || match("INF") { return true }
        if signed { return false }
        if match("nan") || match("NaN") || match("NAN") { return true }
        guard takeAll(while: isDigitOrUnderscore) else { return false }
        if atEnd { return true }
        guard take("e") || take("E") else { return false }
        guard take("-") || take("+") else { return false }
        return takeAll(while: isDigit) && atEnd
      }
      guard take(where: isDigit) else { return false }
      _ = takeAll(while: isDigitOrUnderscore)
      if peek == UInt8(ascii: ":") {
        guard takeSexagesimalGroups(), take(".") else { return false }
        _ = takeAll(while: isDigitOrUnderscore)
        return atEnd
      }
      if take(".") { _ = takeAll(while: isDigitOrUnderscore) }
      if take("e") || take("E") {
        _ = take("-") || take("+")
        return takeAll(while: isDigit) && atEnd
      }
      return atEnd
    }

    /// `[0-9]{4}-[0-9]{2}-[0-9]{2}`, or `[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?` then `[Tt]` or `[ \t]+`, then
    /// `[0-9][0-9]?:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9][0-9]?(:[0-9]{2})?))?`.
    mutating func matchesTimestamp() -> Bool {
      position = 0
      guard takeDigits(4), take("-"), takeDigits(1, upTo: 2), take("-"), takeDigits(1, upTo: 2) else {
        return false
      }
      if atEnd { return bytes.count == 10 }
      if !(take("T") || take("t")) {
        guard takeAll(while: isSpaceOrTab) else { return false }
      }
      guard takeDigits(1, upTo: 2), take(":"), takeDigits(2), take(":"), takeDigits(2) else { return false }
      if take(".") { _ = takeAll(while: isDigit) }
      if atEnd { return true }
      _ = takeAll(while: isSpaceOrTab)
      if take("Z") { return atEnd }
      guard take("-") || take("+"), takeDigits(1, upTo: 2) else { return false }
      if take(":") { guard takeDigits(2) else { return false } }
      return atEnd
    }

    /// One or more `:[0-5]?[0-9]`.
    private mutating func takeSexagesimalGroups() -> Bool {
      var groups = 0
      while take(":") {
        let start = position
        _ = takeAll(while: isDigit)
        let length = position - start
        guard length == 1 || (length == 2 && bytes[start] <= UInt8(ascii: "5")) else { return false }
        groups += 1
      }
      return groups > 0
    }

    private var atEnd: Bool { position == bytes.count }
    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    @discardableResult
    private mutating func skipSign() -> Bool { take("-") || take("+") }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
      take(where: { $0 == UInt8(ascii: character) })
    }

    private mutating func take(where accepts: (UInt8) -> Bool) -> Bool {
      guard let byte = peek, accepts(byte) else { return false }
      position += 1
      return true
    }

    /// Takes the bytes `accepts` accepts; whether there was at least one.
    private mutating func takeAll(while accepts: (UInt8) -> Bool) -> Bool {
      let start = position
      while let byte = peek, accepts(byte) { position += 1 }
      return position > start
    }

    /// Takes `least` to `most` ASCII digits (as many as there are, up to `most`).
    private mutating func takeDigits(_ least: Int, upTo most: Int? = nil) -> Bool {
      var count = 0
      while count < (most ?? least), take(where: isDigit) { count += 1 }
      return count >= least
    }

    /// Whether the rest of the text is `word`, taking it if so.
    private mutating func match(_ word: StaticString) -> Bool {
      let rest = UnsafeBufferPointer(rebasing: bytes[position...])
      guard YAMLDefaultSchema.equals(rest, word) else { return false }
      position = bytes.count
      return true
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private func isDigitOrUnderscore(_ byte: UInt8) -> Bool { isDigit(byte) || byte == 0x5F }
    private func isOctalDigitOrUnderscore(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x37) || byte == 0x5F }
    private func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    private func isHexDigitOrUnderscore(_ byte: UInt8) -> Bool {
      isDigitOrUnderscore(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
    }
  }
}
