import DocModel
import Foundation

/// Turns a file's raw bytes into clean UTF-8 for the parser, reporting what had to be repaired.
///
/// A byte order mark is dropped; invalid UTF-8 becomes U+FFFD with an error at the first bad byte;
/// NUL bytes become U+FFFD, as CommonMark requires, with a warning.
enum SourceDecoder {
  static func decode(_ raw: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> [UInt8] {
    var bytes = raw
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }

    if let bad = firstInvalidUTF8Offset(bytes) {
      let (line, column) = position(of: bad, in: bytes)
      diagnostics.append(
        EncodingInvalidUTF8.finding(
          EncodingInvalidUTF8.invalidByte(hex: hex(bytes[bad])),
          file: file, line: line, column: column))
      bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
    if bytes.withUnsafeBytes({ $0.baseAddress.flatMap { memchr($0, 0, bytes.count) } }) != nil,
      let nul = bytes.firstIndex(of: 0)
    {
      let (line, column) = position(of: nul, in: bytes)
      diagnostics.append(
        EncodingNULByte.finding(EncodingNULByte.replaced, file: file, line: line, column: column))
      var cleaned: [UInt8] = []
      cleaned.reserveCapacity(bytes.count + 16)
      for byte in bytes {
        if byte == 0 { cleaned.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { cleaned.append(byte) }
      }
      bytes = cleaned
    }
    return bytes
  }

  /// The offset of the first byte that is not part of a well-formed UTF-8 sequence.
  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return nil }
      let raw = UnsafeRawPointer(base)
      var index = 0
      let count = buffer.count
      while index < count {
        // Eight bytes at a time while they are ASCII (most of a page); in a word that is not, the ASCII
        // bytes before its first other byte are passed over at once.
        if index + 8 <= count {
          let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080
          if high == 0 {
            index += 8
            continue
          }
          index += high.trailingZeroBitCount >> 3
        } else if buffer[index] < 0x80 {
          index += 1
          continue
        }
        // Most characters past ASCII in the docs (kana, CJK) take three bytes with a lead byte from E1 to
        // EC: such a sequence is well formed when the two bytes after it continue it. A run of them is read
        // four bytes at a time (lead byte first, as the word is little-endian).
        while index + 4 <= count {
          let word = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
          guard word & 0x00C0_C000 == 0x0080_8000, (word & 0xFF) &- 0xE1 < 0x0C else { break }
          index += 3
        }
        guard index < count else { break }
        let lead = buffer[index]
        if lead < 0x80 { continue }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return index
        }
        guard index + length <= count else { return index }
        let second = buffer[index + 1]
        guard second >= lower && second <= upper else { return index }
        for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 { return index }
        index += length
      }
      return nil
    }
  }

  /// The 1-based line and character column of a byte offset.
  private static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
    var line = 1
    var lineStart = 0
    var index = 0
    while index < offset {
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
    return (line, column)
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}
