/// The local files a page shows or links to: its images, its links to files that are not pages (those of
/// raw HTML, `<img src>` and `<a href>`, too), and the files its DocFX constructs show. The site publishes
/// them beside the page.
public enum FileReferences {
  /// One address written in the page, and the range of its block (or table cell).
  public struct Reference: Sendable, Hashable {
    /// The file's path relative to the page's folder, `%XX` escapes as written, query and fragment cut.
    public var path: String
    public var range: SourceRange?

    public init(path: String, range: SourceRange?) {
      self.path = path
      self.range = range
    }
  }

  /// The page's references to local files, in document order; includes are not followed (their own
  /// addresses are relative to them).
  public static func of(_ document: Document) -> [Reference] {
    of(PageAddresses.of(document))
  }

  /// The references among a page's addresses: its images and construct files that are local, and its
  /// links to local files that are not pages.
  public static func of(_ addresses: [PageAddresses.Address]) -> [Reference] {
    addresses.compactMap { address in
      let isImage: Bool
      switch address.kind {
      case .link: isImage = false
      case .image, .constructFile: isImage = true
      case .xref: return nil
      }
      return localFilePath(address.destination, isImage: isImage).map {
        Reference(path: $0, range: address.range)
      }
    }
  }

  /// The local path of an image's address, or of a link's when it names a file that is not a page; read
  /// from the address's bytes once, and made a string only when it is kept.
  static func localFilePath(_ address: String, isImage: Bool) -> String? {
    var address = address
    return address.withUTF8 { bytes in
      guard let path = localPathRange(bytes), isImage || isFileLink(UnsafeBufferPointer(rebasing: bytes[path])) else {
        return nil
      }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[path]), as: UTF8.self)
    }
  }

  /// The path part of a relative address (no scheme, not absolute, not only a fragment), or `nil`.
  static func localPath(_ address: String) -> String? {
    var address = address
    return address.withUTF8 { bytes in
      localPathRange(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }
  }

  /// Whether a link's path names a file that is not a page: its last part has an extension, not `.md`.
  static func isFileLink(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { isFileLink($0) }
  }

  /// Where the path part of a relative address lies in its bytes: blanks before it skipped, its query and
  /// fragment cut; `nil` for an address with a scheme, an absolute path or only a query or fragment.
  private static func localPathRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var start = 0
    while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") {
      start += 1
    }
    guard start < bytes.count else { return nil }
    let first = bytes[start]
    guard first != UInt8(ascii: "/"), first != UInt8(ascii: "#"), first != UInt8(ascii: "?") else { return nil }
    var end = start
    var sawSlash = false
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "?") { break }
      // A colon before any slash is a scheme's (`https:`, `mailto:`, `javascript:`).
      if byte == UInt8(ascii: ":") && !sawSlash { return nil }
      if byte == UInt8(ascii: "/") { sawSlash = true }
      end += 1
    }
    return start < end ? start..<end : nil
  }

  /// Whether a path's last part has an extension that is not `.md`.
  private static func isFileLink(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var nameStart = 0
    var dot: Int?
    for index in 0..<bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "/") {
        nameStart = index + 1
        dot = nil
      } else if byte == UInt8(ascii: ".") {
        dot = index
      }
    }
    guard let dot, dot != nameStart, dot + 1 < bytes.count else { return false }
    return !SitePagePath.hasMarkdownExtension(bytes)
  }
}
