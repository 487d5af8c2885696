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
      for index in bytes.indices where needsReference(bytes[index]) {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        switch bytes[index] {
        case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
        default: output.append(contentsOf: "\u{FFFD}".utf8)
        }
        runStart = index + 1
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
  }

  /// Whether `text` has nothing to escape.
  private static func isClean(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in !bytes.contains(where: needsReference) }
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
