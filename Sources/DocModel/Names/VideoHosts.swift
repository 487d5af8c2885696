/// The hosts whose `[!VIDEO]` addresses the site embeds as a player: the ones Microsoft Learn pages embed
/// from, unless the configuration names its own (`site: {videoHosts: […]}`). A video from any other host is
/// shown as a link.
public enum VideoHosts {
  /// The hosts embedded when the configuration names none.
  public static let defaults = [
    "channel9.msdn.com", "learn-video.azurefd.net", "learn.microsoft.com", "player.vimeo.com", "www.microsoft.com",
    "www.youtube-nocookie.com", "www.youtube.com", "youtube.com",
  ]

  /// The host of an `https://` address, in lower case: what comes after the scheme up to the first `/`, `?`
  /// or `#`, without a port; `nil` for another scheme, no host, or one with user information (`a@b`).
  public static func host(of address: String) -> String? {
    let bytes = Array(address.utf8)
    let scheme = Array("https://".utf8)
    guard bytes.count > scheme.count, String(decoding: bytes[..<scheme.count], as: UTF8.self).lowercased() == "https://"
    else { return nil }
    var end = scheme.count
    while end < bytes.count, !"/?#\\".utf8.contains(bytes[end]) { end += 1 }
    var authority = bytes[scheme.count..<end]
    guard !authority.contains(UInt8(ascii: "@")) else { return nil }
    if let colon = authority.firstIndex(of: UInt8(ascii: ":")) { authority = authority[..<colon] }
    let host = String(decoding: authority, as: UTF8.self).lowercased()
    return isHostName(host) ? host : nil
  }

  /// Whether `name` is a host name: dot-separated labels of ASCII letters, digits and `-`, each 1 to 63
  /// characters, not starting or ending with `-`; 253 characters at most.
  public static func isHostName(_ name: String) -> Bool {
    let bytes = Array(name.utf8)
    guard !bytes.isEmpty, bytes.count <= 253 else { return false }
    for label in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
      guard (1...63).contains(label.count), label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-"),
        label.allSatisfy({ isLetterOrDigit($0) || $0 == UInt8(ascii: "-") })
      else { return false }
    }
    return true
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
