/// Stable entry identifiers: a readable slug of the app and message, and a hash of the whole key.
///
/// `okta-httprequestfailure-server-returned-401-unauthorized-5c1d2e7a`: the same key always gives the same id,
/// whatever the row's position or translations.
enum EntryID {
  static let maximumSlugLength = 60

  static func make(key: [String], app: String?, message: String) -> String {
    var slug = slugify([app ?? "", message].filter { !$0.isEmpty }.joined(separator: " "))
    if slug.count > maximumSlugLength {
      slug = String(slug.prefix(maximumSlugLength))
      if let cut = slug.lastIndex(of: "-"), slug.distance(from: slug.startIndex, to: cut) > maximumSlugLength / 2 {
        slug = String(slug[..<cut])
      }
    }
    if slug.isEmpty { slug = "entry" }
    return slug + "-" + hash(key.joined(separator: "\u{1F}"))
  }

  /// Lowercase ASCII letters and digits, every other run of characters a single `-`.
  static func slugify(_ text: String) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    var pendingDash = false
    for byte in text.utf8 {
      let lower = byte | 0x20
      if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
        if pendingDash && !result.isEmpty { result.append(UInt8(ascii: "-")) }
        pendingDash = false
        result.append(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? byte : lower)
      } else {
        pendingDash = true
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The first 8 hex digits of the 64-bit FNV-1a hash of the text's UTF-8: stable on every machine.
  static func hash(_ text: String) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01B3
    }
    let hex = String(value >> 32, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}
