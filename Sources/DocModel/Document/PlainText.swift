/// Renders inlines as plain text, the form used wherever markup is not wanted (catalog text, Swift strings).
///
/// The rules: markup is removed and its text kept (code span content, link text, image alt text);
/// every `<br>`, `<br/>`, `<br />` and `</br>` is a line break, a hard break too; other raw HTML is dropped;
/// a soft break is a space; entities and backslash escapes are already resolved by the parser;
/// each line is trimmed and empty lines are dropped.
public enum PlainText {
  public static func render(_ inlines: [Inline]) -> String {
    // The common cell, one text with nothing to trim, needs no work.
    if inlines.count == 1, case .text(let text) = inlines[0], isSimpleLine(text) { return text }
    var raw = ""
    append(inlines, to: &raw)
    if isSimpleLine(raw) || hasSimpleLines(raw) { return raw }
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

  /// One line of ASCII-bounded text without surrounding white space or line breaks: already plain.
  private static func isSimpleLine(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard let first = utf8.first, let last = utf8.last,
      first > 0x20, first < 0x80, last > 0x20, last < 0x80
    else { return text.isEmpty }
    return !utf8.contains(0x0A) && !utf8.contains(0x0D)
  }

  /// Lines (split at line feeds, with no carriage return) that each begin and end with a printable ASCII
  /// byte: nothing to trim and no empty line to drop, so the text is already plain.
  static func hasSimpleLines(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      func isBoundary(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
      guard let first = bytes.first, let last = bytes.last, isBoundary(first), isBoundary(last) else { return false }
      for index in bytes.indices {
        switch bytes[index] {
        case 0x0D: return false
        // A line feed is never first or last here: its neighbours end and begin lines.
        case 0x0A: guard isBoundary(bytes[index - 1]), isBoundary(bytes[index + 1]) else { return false }
        default: continue
        }
      }
      return true
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
