/// Finds the link reference definitions of a page, so that table cells, parsed on their own,
/// resolve `[text][label]` links as the page does.
///
/// A candidate is a line that, after any block quote markers and up to three spaces, reads `[label]:`
/// followed by a destination, outside code and HTML blocks. Each is kept on its own, separated by blank lines.
enum ReferenceDefinitions {
  static func collect(in source: SourceText, excluding excludedLines: [ClosedRange<Int>]) -> [UInt8] {
    var result: [UInt8] = []
    let bytes = source.bytes
    var excluded = excludedLines.sorted { $0.lowerBound < $1.lowerBound }[...]
    for line in 1...max(source.lineCount, 1) {
      while let first = excluded.first, first.upperBound < line { excluded = excluded.dropFirst() }
      if let first = excluded.first, first.contains(line) { continue }
      let range = source.lineRange(line)
      var index = range.lowerBound
      while index < range.upperBound,
        bytes[index] == UInt8(ascii: ">") || bytes[index] == 0x20 || bytes[index] == 0x09
      {
        index += 1
      }
      guard index < range.upperBound, bytes[index] == UInt8(ascii: "[") else { continue }
      var scan = index + 1
      var closed = false
      while scan < range.upperBound {
        let byte = bytes[scan]
        if byte == UInt8(ascii: "\\") {
          scan += 2
          continue
        }
        if byte == UInt8(ascii: "[") { break }
        if byte == UInt8(ascii: "]") {
          closed = scan > index + 1
          break
        }
        scan += 1
      }
      guard closed, scan + 1 < range.upperBound, bytes[scan + 1] == UInt8(ascii: ":") else { continue }
      result.append(contentsOf: bytes[index..<range.upperBound])
      result.append(contentsOf: [0x0A, 0x0A])
    }
    return result
  }
}
