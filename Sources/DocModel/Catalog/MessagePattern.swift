/// An error message from the docs as a pattern that matches what a program prints at run time.
///
/// Docs write messages with stand-ins: an example GUID, `…` or `...` for elided text, `(Tenant_ID goes here)`,
/// `<name>`, `{0}` and `%s` placeholders, and `<br />` between lines of output. Each line becomes an
/// alternative: its literal pieces, in order, with anything allowed between them. Text is compared
/// normalized (``normalize(_:)``): lowercase letters and digits only, so spacing, quoting and JSON escaping
/// do not matter.
///
/// A message matches an error text when one of its alternatives occurs in it; its specificity is the
/// number of normalized characters its matching alternatives account for, so the longest, most
/// detailed message wins.
public struct MessagePattern: Sendable, Hashable {
  /// Alternatives shorter than this (in normalized characters) are too vague to identify an entry.
  public static let minimumAlternativeLength = 4

  /// The normalized literal pieces of each alternative.
  public var alternatives: [[String]]

  public init(alternatives: [[String]]) {
    self.alternatives = alternatives
  }

  /// Compiles a message's plain text, where line breaks separate alternatives.
  public init(message: String) {
    self.init(
      alternatives: message.isASCII ? ASCIIPattern.alternatives(of: message) : Self.scalarAlternatives(of: message))
  }

  /// The alternatives of any message, read scalar by scalar.
  static func scalarAlternatives(of message: String) -> [[String]] {
    var alternatives: [[String]] = []
    for line in message.nonEmptyLines {
      let pieces = Self.literalPieces(of: String(line)).map(Self.normalize).filter { !$0.isEmpty }
      if pieces.reduce(0, { $0 + $1.unicodeScalars.count }) >= Self.minimumAlternativeLength {
        alternatives.append(pieces)
      }
    }
    return alternatives
  }

  /// Lowercase letters and digits of the text, everything else left out.
  public static func normalize(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {  // ASCII without a Unicode property lookup
        if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
          result.append(scalar)
        } else if (0x41...0x5A).contains(value) {
          result.append(Unicode.Scalar(UInt8(value + 0x20)))
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return String(result)
  }

  /// How specifically this pattern matches a normalized error text, or `nil` when it does not match.
  public func specificity(inNormalized error: String) -> Int? {
    Compiled(self).specificity(in: Array(error.utf8))
  }

  /// A pattern made ready to match many texts: its pieces as UTF-8 bytes, each with its length in scalars.
  public struct Compiled: Sendable {
    let alternatives: [[(bytes: [UInt8], length: Int)]]

    public init(_ pattern: MessagePattern) {
      alternatives = pattern.alternatives.map { pieces in
        pieces.map { (Array($0.utf8), $0.unicodeScalars.count) }
      }
    }

    /// How specifically the pattern matches a normalized error text's bytes, or `nil` when it does not
    /// match: the scalars its matching alternatives account for.
    public func specificity(in text: [UInt8]) -> Int? {
      var total = 0
      var matched = false
      for pieces in alternatives {
        var start = 0
        var length = 0
        var found = true
        for piece in pieces {
          guard let end = Self.find(piece.bytes, in: text, from: start) else {
            found = false
            break
          }
          start = end
          length += piece.length
        }
        if found {
          matched = true
          total += length
        }
      }
      return matched ? total : nil
    }

    /// The end of the first occurrence of `needle` in `haystack` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
      guard !needle.isEmpty else { return start }
      guard haystack.count - start >= needle.count else { return nil }
      var index = start
      let last = haystack.count - needle.count
      while index <= last {
        if haystack[index] == needle[0] {
          var offset = 1
          while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
          if offset == needle.count { return index + needle.count }
        }
        index += 1
      }
      return nil
    }
  }

  // MARK: Placeholders

  /// The text between placeholders.
  static func literalPieces(of line: String) -> [String] {
    let scalars = Array(line.unicodeScalars)
    var pieces: [String] = []
    var current = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if let length = placeholderLength(scalars, at: index) {
        pieces.append(String(current))
        current = String.UnicodeScalarView()
        index += length
      } else {
        current.append(scalars[index])
        index += 1
      }
    }
    pieces.append(String(current))
    return pieces
  }

  /// The length of a placeholder starting at `index`: a GUID, an ellipsis, `(… goes here)`, `<name>`,
  /// `{0}` or `{name}`, or a printf conversion such as `%s` or `%.*ls`.
  static func placeholderLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
    let scalar = scalars[index]
    switch scalar {
    case "…":
      return 1
    case ".":
      var end = index
      while end < scalars.count && scalars[end] == "." { end += 1 }
      return end - index >= 3 ? end - index : nil
    case "(":
      guard let close = scalars[index...].firstIndex(of: ")") else { return nil }
      let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<close])).lowercased()
      return inside.contains("goes here") ? close - index + 1 : nil
    case "<", "{":
      let closer: Unicode.Scalar = scalar == "<" ? ">" : "}"
      guard let close = scalars[(index + 1)...].firstIndex(where: { $0 == closer || $0 == scalar }),
        scalars[close] == closer, close > index + 1
      else { return nil }
      let inside = scalars[(index + 1)..<close]
      let isName = inside.allSatisfy {
        $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == " " || $0 == "-"
      }
      return isName ? close - index + 1 : nil
    case "%":
      var end = index + 1
      while end < scalars.count, "-+ #0123456789.*".unicodeScalars.contains(scalars[end]) { end += 1 }
      while end < scalars.count, "hlLqjzt".unicodeScalars.contains(scalars[end]) { end += 1 }
      guard end < scalars.count, "diouxXeEfFgGaAcspS".unicodeScalars.contains(scalars[end]) else { return nil }
      return end - index + 1
    default:
      return isGUID(scalars, at: index) ? 36 : nil
    }
  }

  /// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hexadecimal digits, not inside a longer word.
  private static func isGUID(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    // The cheap checks first: this runs at every character of every message.
    guard index + 36 <= scalars.count, isHexDigit(scalars[index]), scalars[index + 8] == "-" else {
      return false
    }
    if index > 0, scalars[index - 1].properties.isAlphabetic || scalars[index - 1].properties.numericType != nil {
      return false
    }
    for (offset, scalar) in scalars[index..<(index + 36)].enumerated() {
      if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
        guard scalar == "-" else { return false }
      } else {
        guard isHexDigit(scalar) else { return false }
      }
    }
    return true
  }

  /// `0`-`9`, `a`-`f` or `A`-`F`, without a Unicode property lookup.
  private static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
  }
}
