import Foundation

extension StringProtocol {
  /// Whether the text's bytes begin with `prefix`'s, compared byte for byte from the start only.
  @inlinable
  public func startsWithBytes(of prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    let expected = prefix.utf8Start
    if let starts = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
      guard bytes.count >= count else { return false }
      for index in 0..<count where bytes[index] != expected[index] { return false }
      return true
    }) {
      return starts
    }
    var iterator = utf8.makeIterator()
    for index in 0..<count where iterator.next() != expected[index] { return false }
    return true
  }

  /// The offset in UTF-8 bytes of the first occurrence of `needle`, compared byte for byte (no Unicode
  /// equivalence, unlike Foundation's `range(of:)`, and many times faster), or `nil`.
  /// Inlinable, so that callers get it specialized for their types.
  @inlinable
  public func utf8Offset(of needle: some StringProtocol) -> Int? {
    String.utf8Offset(in: String(self), of: String(needle))
  }

  /// Whether the text holds `needle`, compared byte for byte (see ``utf8Offset(of:)``).
  @inlinable
  public func containsBytes(of needle: some StringProtocol) -> Bool {
    utf8Offset(of: needle) != nil
  }

  /// Whether every character is ASCII: then each is one byte, and the text can be read on its bytes.
  @inlinable
  public var isASCII: Bool {
    utf8.withContiguousStorageIfAvailable(ByteSearch.isASCII) ?? utf8.allSatisfy { $0 < 0x80 }
  }
}

extension String {
  /// The search behind ``StringProtocol/utf8Offset(of:)``.
  public static func utf8Offset(in haystack: String, of needle: String) -> Int? {
    var haystack = haystack
    var pattern = needle
    return haystack.withUTF8 { text in pattern.withUTF8 { ByteSearch.offset(of: $0, in: text) } }
  }
}

extension Array<UInt8> {
  /// The offset of the first occurrence of `needle`, or `nil` (see ``ByteSearch/offset(of:in:)``).
  public func firstOffset(of needle: [UInt8]) -> Int? {
    withUnsafeBufferPointer { text in needle.withUnsafeBufferPointer { ByteSearch.offset(of: $0, in: text) } }
  }
}

/// Searches on bytes, shared by strings and byte arrays.
public enum ByteSearch {
  /// The offset of the first occurrence of `search` in `text`: memchr to each candidate first byte, memcmp
  /// for the rest.
  public static func offset(of search: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !search.isEmpty else { return 0 }
    guard let textBase = text.baseAddress, let searchBase = search.baseAddress else { return nil }
    var start = 0
    while start + search.count <= text.count {
      guard let hit = memchr(textBase + start, Int32(search[0]), text.count - search.count - start + 1) else {
        return nil
      }
      let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(textBase)
      if memcmp(textBase + offset, searchBase, search.count) == 0 { return offset }
      start = offset + 1
    }
    return nil
  }

  /// The offset of the first `byte` in `text` (memchr), or `nil`.
  public static func offset(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = text.baseAddress, let found = memchr(base, Int32(byte), text.count) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// Whether one of the eight bytes of `word` is `byte`: the classic test for a zero byte, applied to
  /// `word` XOR `byte` in every lane.
  @inlinable
  public static func holds(_ byte: UInt8, in word: UInt64) -> Bool {
    let lanes = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return (lanes &- 0x0101_0101_0101_0101) & ~lanes & 0x8080_8080_8080_8080 != 0
  }

  /// Whether one of the eight bytes of `word` is below `limit` (at most 0x80): the test for a zero byte,
  /// with `limit` subtracted in every lane. Exact as a yes or no, whatever the other bytes are.
  @inlinable
  public static func holdsByte(below limit: UInt8, in word: UInt64) -> Bool {
    (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080 != 0
  }

  /// Whether each of the eight bytes of `word` is printable ASCII (0x20 to 0x7E) other than `"` and `\`:
  /// what JSON and Swift string literals write as it is.
  @inlinable
  public static func isPlainPrintable(_ word: UInt64) -> Bool {
    word & 0x8080_8080_8080_8080 == 0 && !holdsByte(below: 0x20, in: word) && !holds(0x7F, in: word)
      && !holds(UInt8(ascii: "\""), in: word) && !holds(UInt8(ascii: "\\"), in: word)
  }

  /// Whether every byte is printable ASCII (0x20 to 0x7E), read eight at a time.
  public static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 || holdsByte(below: 0x20, in: word) || holds(0x7F, in: word) { return false }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] < 0x20 || bytes[index] >= 0x7F { return false }
      index += 1
    }
    return true
  }

  /// Whether every byte is ASCII, read eight at a time.
  public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= bytes.count {
      if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] >= 0x80 { return false }
      index += 1
    }
    return true
  }
}
