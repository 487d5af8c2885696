import DocModel

/// Stable entry identifiers: a readable slug of the app and message, and a hash of the whole key.
///
/// `okta-httprequestfailure-server-returned-401-unauthorized-5c1d2e7a`: the same key always gives the same id,
/// whatever the row's position or translations.
enum EntryID {
  static let maximumSlugLength = 60

  /// The id of a source row: a slug of its key fields, those of `enum` fields (the app) first, and the hash
  /// of the key.
  static func make(_ row: CatalogRow, definition: CatalogDefinition) -> String {
    let key = definition.keyIndexes
    let named = key.filter { definition.fields[$0].type == .enum } + key.filter { definition.fields[$0].type != .enum }
    return make(key: key.map { row[$0].text }, named: named.map { row[$0].text })
  }

  /// The id of a row with these key fields' texts, named by the texts of `named`. Made on bytes: every
  /// catalog row gets one.
  static func make(key: [String], named: [String]) -> String {
    var id = slug(of: named)
    if id.count > maximumSlugLength {
      id.removeSubrange(maximumSlugLength...)
      // Cut at the last dash, unless that would leave half or less.
      if let cut = id.lastIndex(of: UInt8(ascii: "-")), cut > maximumSlugLength / 2 { id.removeSubrange(cut...) }
    }
    if id.isEmpty { id = Array("entry".utf8) }
    id.append(UInt8(ascii: "-"))
    appendHash(of: key, to: &id)
    return String(decoding: id, as: UTF8.self)
  }

  /// The texts that are not empty, joined by a space, as a slug: lowercase ASCII letters and digits, and a
  /// single `-` for every other run of characters, none at either end.
  static func slug(of texts: [String]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 1 })
    var pendingDash = false
    for var text in texts where !text.isEmpty {
      pendingDash = true  // the space between two texts
      text.withUTF8 { bytes in
        for byte in bytes {
          let lower = byte | 0x20
          if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
          {
            if pendingDash && !result.isEmpty { result.append(UInt8(ascii: "-")) }
            pendingDash = false
            result.append(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? byte : lower)
          } else {
            pendingDash = true
          }
        }
      }
    }
    return result
  }

  /// Appends the first 8 hex digits of the 64-bit FNV-1a hash of the key fields' UTF-8, separated by U+001F:
  /// stable on every machine.
  static func appendHash(of key: [String], to output: inout [UInt8]) {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ byte: UInt8) {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01B3
    }
    for (index, field) in key.enumerated() {
      if index > 0 { add(0x1F) }
      var field = field
      field.withUTF8 { bytes in
        for byte in bytes { add(byte) }
      }
    }
    for shift in stride(from: 60, through: 32, by: -4) { output.append(hexDigits[Int((value >> UInt64(shift)) & 0xF)]) }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
