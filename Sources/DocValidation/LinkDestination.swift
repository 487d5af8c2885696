import Foundation

/// What a relative link's destination names, as ``LinkChecks`` reads it: the page's path and the fragment.
struct LinkDestination: Equatable, Sendable {
  /// The text before the first `#` character, `%XX` escapes decoded.
  var pathPart: String
  /// `pathPart` without its query: its first nonempty text between `?` characters.
  var path: String
  /// The text after the first `#` character, decoded; `nil` without one.
  var fragment: String?

  /// How a destination was read on its bytes.
  enum ByteReading: Equatable {
    /// Not a link the checks follow: empty, with a scheme (`https:`) or from the site's root (`/`).
    case notChecked
    case checked(LinkDestination)
    /// Past what the byte reading takes on (a byte past ASCII, a `%` escape, a query): read by characters.
    case needsCharacters
  }

  /// The parts of `destination`; `nil` when the checks do not follow it (see ``ByteReading/notChecked``).
  static func read(_ destination: String) -> LinkDestination? {
    switch readOnBytes(destination) {
    case .notChecked: nil
    case .checked(let parts): parts
    case .needsCharacters: readByCharacters(destination)
    }
  }

  /// The reading of an ASCII destination without `%` or `?`, nearly every one, in one pass over its bytes;
  /// it agrees with ``readByCharacters(_:)`` wherever it gives an answer.
  static func readOnBytes(_ destination: String) -> ByteReading {
    destination.utf8.withContiguousStorageIfAvailable { bytes -> ByteReading in
      guard !bytes.isEmpty else { return .notChecked }
      var colon: Int?
      var hash: Int?
      for (offset, byte) in bytes.enumerated() {
        switch byte {
        case 0x80...0xFF, UInt8(ascii: "%"), UInt8(ascii: "?"): return .needsCharacters
        case UInt8(ascii: ":") where colon == nil: colon = offset
        case UInt8(ascii: "#") where hash == nil: hash = offset
        default: break
        }
      }
      if let colon, colon > 0, bytes[..<colon].allSatisfy(isSchemeByte) { return .notChecked }
      if bytes[0] == UInt8(ascii: "/") { return .notChecked }
      let pathEnd = hash ?? bytes.count
      let pathPart = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<pathEnd]), as: UTF8.self)
      let fragment = hash.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[($0 + 1)...]), as: UTF8.self) }
      return .checked(LinkDestination(pathPart: pathPart, path: pathPart, fragment: fragment))
    } ?? .needsCharacters
  }

  /// The reading on characters, for any destination: a `#`, `?` or `:` followed by a combining mark is
  /// another character.
  static func readByCharacters(_ destination: String) -> LinkDestination? {
    guard !destination.isEmpty, !LinkChecks.hasScheme(destination), !destination.hasPrefix("/") else { return nil }
    let parts = LinkChecks.pathAndFragment(of: destination)
    let pathPart = removingPercentEncoding(parts.path)
    let fragment = parts.fragment.map { removingPercentEncoding($0) }
    let path = pathPart.isEmpty ? pathPart : LinkChecks.pathBeforeQuery(pathPart)
    return LinkDestination(pathPart: pathPart, path: path, fragment: fragment)
  }

  /// Letters, digits, `+`, `-` and `.`: what a URI scheme is made of.
  private static func isSchemeByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
      true
    default: false
    }
  }

  /// `%XX` escapes decoded, when the text has any (and they decode to UTF-8).
  private static func removingPercentEncoding(_ text: Substring) -> String {
    let string = String(text)
    guard text.utf8.contains(UInt8(ascii: "%")) else { return string }
    return string.removingPercentEncoding ?? string
  }
}
