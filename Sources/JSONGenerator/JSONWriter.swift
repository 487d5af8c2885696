import DocModel
import Foundation

/// Serializes ``JSONValue``s in exactly the form `JSONEncoder` gives with `.prettyPrinted`, `.sortedKeys`
/// and `.withoutEscapingSlashes`, several times faster: two-space indentation, `"key" : value`, empty
/// containers as `[\n\n]`, control characters as `\uXXXX` (except `\b \t \n \f \r`).
enum JSONWriter {
  static func write(_ value: JSONValue) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(1 << 16)
    write(value, indent: 0, into: &output)
    return output
  }

  /// An object whose members write themselves (each as ``write(_:indent:)`` gives it at depth 2), handed to
  /// `consume` a chunk at a time: its members in key order, exactly as ``write(_:)`` would write the
  /// whole object.
  static func writeObject(
    _ members: [String: (_ consume: ([UInt8]) -> Void) -> Void], into consume: ([UInt8]) -> Void
  ) {
    guard !members.isEmpty else { return consume(write(.object([:]))) }
    var output: [UInt8] = [UInt8(ascii: "{"), 0x0A]
    let sorted = members.sorted { $0.key < $1.key }
    for (index, member) in sorted.enumerated() {
      writeKey(member.key, indent: 0, into: &output)
      consume(output)
      member.value(consume)
      output = index < sorted.count - 1 ? [UInt8(ascii: ","), 0x0A] : [0x0A]
    }
    output.append(UInt8(ascii: "}"))
    consume(output)
  }

  /// A value as written `indent` spaces deep.
  static func write(_ value: JSONValue, indent: Int) -> [UInt8] {
    var output: [UInt8] = []
    write(value, indent: indent, into: &output)
    return output
  }

  /// An array `indent` spaces deep whose elements are written on every core by `writeElement` (each as
  /// ``write(_:indent:)`` would write it `indent + 2` spaces deep), handed to `consume` a chunk at a time.
  /// Elements are taken a batch at a time, so that the whole text is never held.
  static func writeArrayChunks<Element: Sendable>(
    _ elements: [Element], indent: Int,
    _ writeElement: @Sendable (Element, _ indent: Int, _ output: inout [UInt8]) -> Void,
    into consume: ([UInt8]) -> Void
  ) {
    guard !elements.isEmpty else { return consume(write(.array([]), indent: indent)) }
    consume([UInt8(ascii: "["), 0x0A])
    let chunkSize = 64
    let batchSize = chunkSize * 64
    for batchStart in stride(from: 0, to: elements.count, by: batchSize) {
      let batchEnd = min(batchStart + batchSize, elements.count)
      let chunks = stride(from: batchStart, to: batchEnd, by: chunkSize).map { $0..<min($0 + chunkSize, batchEnd) }
      let parts = ConcurrentMap.map(chunks) { range in
        var part: [UInt8] = []
        for index in range {
          pad(indent + 2, &part)
          writeElement(elements[index], indent + 2, &part)
          if index < elements.count - 1 { part.append(UInt8(ascii: ",")) }
          part.append(0x0A)
        }
        return part
      }
      parts.forEach(consume)
    }
    var closing: [UInt8] = []
    pad(indent, &closing)
    closing.append(UInt8(ascii: "]"))
    consume(closing)
  }

  /// An object `indent` spaces deep written member by member, its keys given in sorted order: `{`, then
  /// ``member(_:isFirst:indent:into:)`` before each value, then ``closeObject(indent:into:)``. The same
  /// bytes as writing the object as a ``JSONValue``, without making one.
  static func openObject(into output: inout [UInt8]) {
    output.append(UInt8(ascii: "{"))
    output.append(0x0A)
  }

  /// The separator after the previous member, unless this is the first, and this member's key.
  static func member(_ key: String, isFirst: Bool, indent: Int, into output: inout [UInt8]) {
    if !isFirst { output += [UInt8(ascii: ","), 0x0A] }
    writeKey(key, indent: indent, into: &output)
  }

  static func closeObject(indent: Int, into output: inout [UInt8]) {
    output.append(0x0A)
    pad(indent, &output)
    output.append(UInt8(ascii: "}"))
  }

  static func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .integer(let number): output.append(contentsOf: String(number).utf8)
    case .number(let number):
      // Rare (YAML floats): JSONEncoder's own number formatting, exactly.
      let encoded = (try? JSONEncoder().encode([number])).map { [UInt8]($0) } ?? Array("0".utf8)
      output += encoded.dropFirst().dropLast()
    case .string(let text): writeString(text, into: &output)
    case .array(let values):
      output.append(UInt8(ascii: "["))
      output.append(0x0A)
      if values.isEmpty {
        output.append(0x0A)
      } else {
        for (index, element) in values.enumerated() {
          writeElement(element, indent: indent, isLast: index == values.count - 1, into: &output)
        }
      }
      pad(indent, &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      output.append(0x0A)
      if members.isEmpty {
        output.append(0x0A)
      } else {
        let sorted = members.sorted { $0.key < $1.key }
        for (index, member) in sorted.enumerated() {
          writeKey(member.key, indent: indent, into: &output)
          write(member.value, indent: indent + 2, into: &output)
          if index < sorted.count - 1 { output.append(UInt8(ascii: ",")) }
          output.append(0x0A)
        }
      }
      pad(indent, &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  /// An element of an array `indent` spaces deep, on its own line, with a comma unless it is the last.
  private static func writeElement(_ element: JSONValue, indent: Int, isLast: Bool, into output: inout [UInt8]) {
    pad(indent + 2, &output)
    write(element, indent: indent + 2, into: &output)
    if !isLast { output.append(UInt8(ascii: ",")) }
    output.append(0x0A)
  }

  /// `"key" : ` for a member of an object `indent` spaces deep.
  static func writeKey(_ key: String, indent: Int, into output: inout [UInt8]) {
    pad(indent + 2, &output)
    writeString(key, into: &output)
    output += [0x20, UInt8(ascii: ":"), 0x20]
  }

  static func pad(_ count: Int, _ output: inout [UInt8]) {
    output.append(contentsOf: repeatElement(0x20, count: count))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  static func writeString(_ text: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      // Runs of bytes that need no escape are copied whole. Eight bytes are passed over at once when none
      // is a control, a quote or a backslash; else they are read one at a time.
      var runStart = 0
      var index = 0
      let count = bytes.count
      while index < count {
        if index + 8 <= count, let base = bytes.baseAddress {
          let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
          if !ByteSearch.holdsByte(below: 0x20, in: word), !ByteSearch.holds(UInt8(ascii: "\""), in: word),
            !ByteSearch.holds(UInt8(ascii: "\\"), in: word)
          {
            index += 8
            continue
          }
        }
        let end = min(index + 8, count)
        while index < end {
          let byte = bytes[index]
          index += 1
          guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<(index - 1)]))
          runStart = index
          writeEscape(of: byte, into: &output)
        }
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// Writes the escape of a byte that a JSON string may not hold as it is.
  private static func writeEscape(of byte: UInt8, into output: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
    case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
    case 0x08: output += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
    case 0x09: output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
    case 0x0A: output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
    case 0x0C: output += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
    case 0x0D: output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
    default:
      output += Array("\\u00".utf8)
      output.append(hexDigits[Int(byte >> 4)])
      output.append(hexDigits[Int(byte & 0x0F)])
    }
  }
}
