/// Renders inlines as plain text, the form used wherever markup is not wanted (catalog text, Swift strings).
///
/// The rules: markup is removed and its text kept (code span content, link text, image alt text);
/// every `<br>`, `<br/>`, `<br />` and `</br>` is a line break, a hard break too; other raw HTML is dropped;
/// a soft break is a space; entities and backslash escapes are already resolved by the parser;
/// each line is trimmed and empty lines are dropped.
public enum PlainText {
  public static func render(_ inlines: [Inline]) -> String {
    // The common cell, one text with nothing to trim, needs no work.
    if inlines.count == 1, case .text(let text) = inlines[0], text.isEmpty || hasSimpleLines(text) { return text }
    var raw = ""
    append(inlines, to: &raw)
    // Copied to a string of its own size: `raw` grew by doubling, and catalog rows keep their texts.
    if raw.isEmpty || hasSimpleLines(raw) { return String(decoding: raw.utf8, as: UTF8.self) }
    var lines: [Substring] = []
    if raw.utf8.contains(0x0D) {
      // A carriage return joins a following line feed into one character: split by characters.
      for line in raw.split(separator: "\n", omittingEmptySubsequences: true) {
        let trimmed = line.trimmingWhitespace()
        if !trimmed.isEmpty { lines.append(trimmed) }
      }
    } else {
      // Without one, every line feed is a character of its own: split the bytes, much faster.
      for line in raw.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
        let trimmed = Substring(line).trimmingWhitespace()
        if !trimmed.isEmpty { lines.append(trimmed) }
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Lines (split at line feeds, with no carriage return) that each begin and end with a character that is
  /// neither white space nor joined to what comes before it: nothing to trim and no empty line to drop, so
  /// the text is already plain.
  // Kept (make bench, 2026-12-05): with Japanese lines taking it too, the worst case's pages phase went from
  // 0.66 s to 0.57 s.
  static func hasSimpleLines(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress, isBoundary(bytes, from: 0), isBoundary(bytes, endingAt: bytes.count) else {
        return false
      }
      var index = 0
      while index < bytes.count {
        // Eight bytes without a line break are passed over at once; else they are read one at a time.
        if index + 8 <= bytes.count {
          let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
          if !ByteSearch.holds(0x0A, in: word) && !ByteSearch.holds(0x0D, in: word) {
            index += 8
            continue
          }
        }
        for offset in index..<min(index + 8, bytes.count) {
          if bytes[offset] == 0x0D { return false }
          // A line feed is never first or last here: its neighbours end and begin lines.
          if bytes[offset] == 0x0A, !isBoundary(bytes, endingAt: offset) || !isBoundary(bytes, from: offset + 1) {
            return false
          }
        }
        index += 8
      }
      return true
    }
  }

  /// Whether the character at `index` can begin a line as it is.
  private static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
    guard index < bytes.count else { return false }
    if bytes[index] < 0x80 { return isPrintableASCII(bytes[index]) }
    return index + 2 < bytes.count && isPlainCJK(threeByteScalar(bytes, at: index))
  }

  /// Whether the character before `end` can end a line as it is.
  private static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
    guard end > 0 else { return false }
    if bytes[end - 1] < 0x80 { return isPrintableASCII(bytes[end - 1]) }
    return end >= 3 && isPlainCJK(threeByteScalar(bytes, at: end - 3))
  }

  private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

  /// The scalar of the three-byte sequence at `index`, or 0 when there is none there.
  private static func threeByteScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
    let lead = bytes[index]
    guard lead & 0xF0 == 0xE0, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return 0 }
    return UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
  }

  /// CJK ideographs, kana (not the combining sound marks), the ideographic comma, full stop and corner
  /// brackets, and full-width ASCII forms: the characters of Japanese text that neither are white space
  /// nor attach to the character before them, so that a line that begins or ends with one needs no trim.
  private static func isPlainCJK(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x3001...0x3002, 0x300C...0x300F, 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC...0x30FE, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xFF01...0xFF5E:
      true
    default: false
    }
  }

  private static func append(_ inlines: [Inline], to output: inout String) {
    for inline in inlines {
      switch inline {
      case .text(let text), .code(let text):
        output += text
      case .softBreak:
        output += " "
      case .lineBreak:
        output += "\n"
      case .html(let html):
        if isLineBreakTag(html) { output += "\n" }
      case .emphasis(let children), .strong(let children):
        append(children, to: &output)
      case .link(let link), .image(let link):
        append(link.children, to: &output)
      case .include(let include):
        output += include.title
      case .xref(let xref):
        if xref.children.isEmpty { output += xref.fallbackText } else { append(xref.children, to: &output) }
      }
    }
  }

  /// Whether raw HTML is one of the line-break tags `<br>`, `<br/>`, `<br />` or `</br>`, in any case.
  public static func isLineBreakTag(_ html: some StringProtocol) -> Bool {
    // Read in place: most HTML in cells is a `<br />`, and this runs for each one.
    html.utf8.withContiguousStorageIfAvailable { isLineBreakTag(bytes: $0[...]) }
      ?? isLineBreakTag(bytes: Array(html.utf8)[...])
  }

  private static func isLineBreakTag<Bytes: BidirectionalCollection<UInt8>>(bytes html: Bytes) -> Bool
  where Bytes.SubSequence == Bytes {
    var bytes = html
    guard bytes.first == UInt8(ascii: "<"), bytes.last == UInt8(ascii: ">") else { return false }
    bytes = bytes.dropFirst().dropLast()
    if bytes.first == UInt8(ascii: "/") { bytes = bytes.dropFirst() }
    guard bytes.count >= 2,
      bytes[bytes.startIndex] | 0x20 == UInt8(ascii: "b"),
      bytes[bytes.index(after: bytes.startIndex)] | 0x20 == UInt8(ascii: "r")
    else { return false }
    bytes = bytes.dropFirst(2)
    while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\n") {
      bytes = bytes.dropLast()
    }
    if bytes.last == UInt8(ascii: "/") { bytes = bytes.dropLast() }
    return bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }
  }
}
