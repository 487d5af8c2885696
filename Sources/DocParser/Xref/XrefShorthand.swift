import DocModel

/// DocFX's `@uid` shorthand for an xref, found in the text of a paragraph, a heading or a table cell (never
/// in code, which is no text here), as Microsoft Learn's build reads it: `@` at the start of a line or after
/// white space or one of `.,;:!?~` (so that `a@b.com` or `path/@attribute` stay as they are), then either a
/// uid that starts with an ASCII letter and runs to white space or one of `"'<>[]|`, without the `.,;:!?~`
/// that end it, or a uid in quotes (`@"uid with spaces"`, `@'uid'`).
///
/// One pass over each text: every byte is looked at a bounded number of times, whatever the text holds.
enum XrefShorthand {
  /// `inlines` with each text that holds shorthands split into its text and ``Inline/xref(_:)``s.
  static func splitting(_ inlines: [Inline]) -> [Inline] {
    var holds = false
    for case .text(let text) in inlines where mayHold(text) {
      holds = true
      break
    }
    guard holds else { return inlines }
    var result: [Inline] = []
    result.reserveCapacity(inlines.count + 2)
    for inline in inlines {
      if case .text(let text) = inline, mayHold(text) {
        // A text after a line break (or first) starts a line; after code or emphasis it does not.
        let startsLine: Bool
        switch result.last {
        case nil, .softBreak?, .lineBreak?: startsLine = true
        default: startsLine = false
        }
        append(text, startsLine: startsLine, to: &result)
      } else {
        result.append(inline)
      }
    }
    return result
  }

  /// Whether a page's bytes may give a text with an `@`: they hold one, or a character reference that can
  /// stand for one (`&#64;`, `&#x40;`, `&commat;`), which libcmark decodes into the text.
  static func mayHold(_ page: [UInt8]) -> Bool {
    page.withUnsafeBufferPointer { bytes in
      if ByteSearch.offset(of: UInt8(ascii: "@"), in: bytes) != nil { return true }
      var start = 0
      while let found = ByteSearch.offset(of: UInt8(ascii: "&"), in: UnsafeBufferPointer(rebasing: bytes[start...])) {
        let next = start + found + 1
        if next < bytes.count, bytes[next] == UInt8(ascii: "#") || bytes[next] == UInt8(ascii: "c") { return true }
        start = next
      }
      return false
    }
  }

  /// Whether a text has an `@` at all.
  @inline(__always)
  static func mayHold(_ text: String) -> Bool {
    // Every text of every paragraph and cell is asked: memchr on its bytes where they are contiguous.
    text.utf8.withContiguousStorageIfAvailable { ByteSearch.offset(of: UInt8(ascii: "@"), in: $0) != nil }
      ?? text.utf8.contains(UInt8(ascii: "@"))
  }

  /// Appends the text's pieces: plain text and xrefs, in order.
  static func append(_ text: String, startsLine: Bool = true, to inlines: inout [Inline]) {
    let bytes = Array(text.utf8)
    let count = bytes.count
    // The last quote of each kind: a quoted uid needs its closing quote, and none can close after these.
    let lastDouble = bytes.lastIndex(of: UInt8(ascii: "\"")) ?? -1
    let lastSingle = bytes.lastIndex(of: UInt8(ascii: "'")) ?? -1
    var textStart = 0
    var index = 0
    while index < count {
      guard let at = bytes[index...].firstIndex(of: UInt8(ascii: "@")) else { break }
      index = at + 1
      guard at + 1 < count, at == 0 ? startsLine : mayPrecede(bytes, at) else { continue }
      let first = bytes[at + 1]
      let uid: ArraySlice<UInt8>
      let end: Int
      if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
        guard (first == UInt8(ascii: "\"") ? lastDouble : lastSingle) > at + 1,
          let close = bytes[(at + 2)...].firstIndex(of: first)
        else { continue }
        uid = bytes[(at + 2)..<close]
        end = close + 1
        guard !uid.isEmpty else {
          index = end
          continue
        }
      } else if isLetter(first) {
        var stop = at + 1
        while stop < count && !isSpace(bytes[stop]) && !stopsUID(bytes[stop]) { stop += 1 }
        while stop > at + 2 && endsSentence(bytes[stop - 1]) { stop -= 1 }
        uid = bytes[(at + 1)..<stop]
        end = stop
      } else {
        continue
      }
      if at > textStart { inlines.append(.text(String(decoding: bytes[textStart..<at], as: UTF8.self))) }
      inlines.append(
        .xref(
          Xref(
            uid: String(decoding: uid, as: UTF8.self), form: .shorthand,
            written: String(decoding: bytes[at..<end], as: UTF8.self))))
      textStart = end
      index = end
    }
    if textStart == 0 {
      inlines.append(.text(text))
    } else if textStart < count {
      inlines.append(.text(String(decoding: bytes[textStart...], as: UTF8.self)))
    }
  }

  @inline(__always)
  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// Whether what is before the `@` at `at` lets it start a shorthand: white space (a no-break space too,
  /// which stands before a table cell's text) or punctuation that ends a sentence.
  @inline(__always)
  static func mayPrecede(_ bytes: [UInt8], _ at: Int) -> Bool {
    let byte = bytes[at - 1]
    if byte == 0xA0 { return at >= 2 && bytes[at - 2] == 0xC2 }
    return isSpace(byte) || endsSentence(byte)
  }

  /// The bytes a uid does not reach past: quotes, angle and square brackets and the table pipe.
  @inline(__always)
  private static func stopsUID(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
      UInt8(ascii: "]"), UInt8(ascii: "|"):
      true
    default: false
    }
  }

  @inline(__always)
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  /// The punctuation a uid does not end with: what ends a sentence or a clause, and `~`.
  @inline(__always)
  private static func endsSentence(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
      UInt8(ascii: "?"), UInt8(ascii: "~"):
      true
    default: false
    }
  }
}
