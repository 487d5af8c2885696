/// Where the site puts a page: `LOCALE/PATH.html`, the path inside the locale folder with `.md` made `.html`.
public enum SitePagePath {
  /// `errors.md` → `errors.html`; a path without `.md` gets `.html` added.
  public static func html(_ localPath: String) -> String {
    var path = localPath
    // An ASCII path, nearly every one, is read on bytes; others by characters, case folded as Unicode does.
    let ascii = path.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      let count = bytes.count
      let isMarkdown = hasMarkdownExtension(bytes)
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<(isMarkdown ? count - 3 : count)]), as: UTF8.self)
        + ".html"
    }
    if let ascii { return ascii }
    return localPath.lowercased().hasSuffix(".md") ? String(localPath.dropLast(3)) + ".html" : localPath + ".html"
  }

  /// Each `/`-separated segment percent-encoded but for ASCII letters, digits and `- . _ ~`: a path that no
  /// reader takes for a scheme, a query, a fragment or a space.
  public static func percentEncoded(_ path: String) -> String {
    var path = path
    guard !path.withUTF8({ $0.allSatisfy(isKept) }) else { return path }
    let hex = Array("0123456789ABCDEF".utf8)
    var encoded: [UInt8] = []
    encoded.reserveCapacity(path.utf8.count + 16)
    for byte in path.utf8 {
      if isKept(byte) {
        encoded.append(byte)
      } else {
        encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: encoded, as: UTF8.self)
  }

  /// Whether a path's bytes end with `.md`, in any case.
  public static func hasMarkdownExtension(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    return count >= 3 && bytes[count - 3] == UInt8(ascii: ".") && bytes[count - 2] | 0x20 == UInt8(ascii: "m")
      && bytes[count - 1] | 0x20 == UInt8(ascii: "d")
  }

  /// Whether a byte of a path is written as it is.
  private static func isKept(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "_"), UInt8(ascii: "~"):
      true
    default: false
    }
  }
}
