import DocModel

/// Which link and image addresses may appear in pages, and how links to Markdown pages become links to
/// the generated HTML.
public enum URLPolicy {
  /// Schemes a page may link to; relative addresses (no scheme) are always allowed.
  public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

  /// The address if it is safe to put in `href` or `src`, else `nil` (`javascript:`, `data:`, `vbscript:`
  /// and every other scheme, however written: browsers ignore case, and tabs and newlines in it).
  public static func safeURL(_ raw: String) -> String? {
    var text = raw
    let isAllowed = text.withUTF8 { bytes in
      // Most addresses hold nothing a browser would skip: then they are read as they are.
      if bytes.allSatisfy(isKept) { return allows(bytes) }
      var cleaned = String(raw.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
      return cleaned.withUTF8(allows)
    }
    return isAllowed ? raw.trimmingSpaces : nil
  }

  /// Whether an address (with what browsers skip removed) has no scheme or an allowed one.
  private static func allows(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let colon = ByteSearch.offset(of: UInt8(ascii: ":"), in: bytes) else { return true }
    let scheme = UnsafeBufferPointer(rebasing: bytes[..<colon])
    let isScheme =
      scheme.first.map(isASCIILetter) ?? false
      && scheme.allSatisfy {
        isASCIILetter($0) || isASCIIDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
          || $0 == UInt8(ascii: ".")
      }
    if isScheme {
      // The scheme is ASCII: lowercasing its bytes is lowercasing it.
      return allowedSchemes.contains(String(decoding: scheme.map { isASCIILetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self))
    }
    // A colon after '/', '?' or '#' is not a scheme's.
    if let slash = bytes.firstIndex(where: isPathDelimiter), slash < colon { return true }
    return false
  }

  /// A relative link to a `.md` page, rewritten to its `.html` page with the `#fragment` kept.
  public static func rewritingMarkdownLink(_ url: String) -> String {
    var text = url
    let rewritten = text.withUTF8 { bytes -> String? in
      guard ByteSearch.offset(of: UInt8(ascii: ":"), in: bytes) == nil else { return nil }
      let fragmentStart =
        bytes.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? bytes.count
      guard SitePagePath.hasMarkdownExtension(UnsafeBufferPointer(rebasing: bytes[..<fragmentStart])) else {
        return nil
      }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(fragmentStart - 3)]), as: UTF8.self) + ".html"
        + String(decoding: UnsafeBufferPointer(rebasing: bytes[fragmentStart...]), as: UTF8.self)
    }
    return rewritten ?? url
  }

  /// A relative link made from names the tool was given (a locale, a page's file name): each `/`-separated
  /// segment percent-encoded but for letters, digits and `- . _ ~`, so that no name reads as a scheme
  /// (`javascript:x` becomes `javascript%3Ax`), a query, a fragment or a space; then held to ``safeURL(_:)``
  /// as the docs' own links are.
  public static func relativeLink(_ path: String) -> String {
    safeURL(SitePagePath.percentEncoded(path)) ?? "#"
  }

  private static func isKept(_ byte: UInt8) -> Bool { byte > 0x20 && byte != 0x7F }
  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }
  private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
  private static func isPathDelimiter(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    // Printable ASCII at both ends: nothing to trim.
    if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
      return self
    }
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
    while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
