import DocModel

/// The one escaping function all HTML text and attribute values go through.
public enum HTMLEscaping {
  /// Text or a double-quoted attribute value: `&`, `<`, `>`, `"` and `'` become character references.
  public static func escape(_ text: String) -> String {
    guard !isClean(text) else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count + 32)
    appendEscaped(text, to: &result)
    // Only ASCII bytes were replaced, so the result is as valid UTF-8 as the input.
    return String(decoding: result, as: UTF8.self)
  }

  /// Appends the bytes of `escape(text)` to `output`: runs with nothing to escape are copied whole.
  static func appendEscaped(_ text: String, to output: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      var index = 0
      while index < bytes.count {
        // Eight bytes with nothing to escape are passed over at once; else they are read one at a time.
        if index + 8 <= bytes.count, let base = bytes.baseAddress,
          !mayNeedReference(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
        {
          index += 8
          continue
        }
        for offset in index..<min(index + 8, bytes.count) where needsReference(bytes[offset]) {
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
          switch bytes[offset] {
          case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
          case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
          case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
          case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
          case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
          default: output.append(contentsOf: "\u{FFFD}".utf8)
          }
          runStart = offset + 1
        }
        index += 8
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
  }

  /// Whether `text` has nothing to escape.
  private static func isClean(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      if let base = bytes.baseAddress {
        while index + 8 <= bytes.count {
          if mayNeedReference(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)) { break }
          index += 8
        }
      }
      return !bytes[index...].contains(where: needsReference)
    }
  }

  /// Whether one of the eight bytes of `word` may be one that escaping replaces: exactly when one is `"`,
  /// NUL, `&` or `'` (which differ from `'` only in the lowest bit), or `<` or `>` (only in the second).
  /// The four lane tests are joined before their one branch.
  @inline(__always)
  private static func mayNeedReference(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quote = word ^ (ones &* 0x22)
    let apostrophe = (word | ones) ^ (ones &* 0x27)
    let angle = (word | (ones &* 2)) ^ (ones &* 0x3E)
    let zeros =
      ((word &- ones) & ~word) | ((quote &- ones) & ~quote) | ((apostrophe &- ones) & ~apostrophe)
      | ((angle &- ones) & ~angle)
    return zeros & 0x8080_8080_8080_8080 != 0
  }

  /// Whether a byte is one that escaping replaces: a quick range test first, since most bytes are letters
  /// or not ASCII.
  @inline(__always)
  private static func needsReference(_ byte: UInt8) -> Bool {
    guard byte <= UInt8(ascii: ">") else { return false }
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0: return true
    default: return false
    }
  }

  /// Decodes the character references of raw HTML attribute values (numeric ones and the common named
  /// ones), so that URL checks see what a browser would.
  public static func decodeReferences(_ text: String) -> String {
    HTMLCharacterReferences.decode(text)
  }
}
