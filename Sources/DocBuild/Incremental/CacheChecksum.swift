/// The checksum a cache file carries of its body, so that a file cut short or overwritten in part is told
/// from a whole one. It only detects damage: what a result is valid for is its key's business (a content
/// digest), so a fast multiply-and-shift mix over 8-byte words does, instead of a keyed hash.
enum CacheChecksum {
  /// The checksum of `bytes`, as 16 hexadecimal digits.
  static func of(_ bytes: UnsafeRawBufferPointer) -> String {
    let text = String(value(of: bytes), radix: 16)
    return String(repeating: "0", count: 16 - text.utf8.count) + text
  }

  /// The checksum of `bytes` as a number: each little-endian word mixed into the running value in turn,
  /// the length first and the last partial word (zero-padded) at the end.
  static func value(of bytes: UnsafeRawBufferPointer) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      hash = (hash ^ word) &* multiplier
      hash ^= hash >> 31
      offset += 8
    }
    var tail: UInt64 = 0
    for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << UInt64((index - offset) * 8) }
    hash = (hash ^ tail) &* multiplier
    hash ^= hash >> 29
    return hash
  }
}
