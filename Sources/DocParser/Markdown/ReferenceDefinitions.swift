/// Finds the link reference definitions of a page, so that table cells, parsed on their own,
/// resolve `[text][label]` links as the page does.
///
/// A candidate is a line that, after any block quote markers and up to three spaces, reads `[label]:`
/// followed by a destination, outside code and HTML blocks and tables. Inside a paragraph, only the lines
/// that open it can be definitions, as libcmark reads them only there. Each candidate is kept on its own,
/// separated by blank lines.
enum ReferenceDefinitions {
  static func collect(
    in source: SourceText, excluding excludedLines: [ClosedRange<Int>], paragraphs: [ClosedRange<Int>]
  ) -> [UInt8] {
    var result: [UInt8] = []
    let bytes = source.bytes
    var excluded = excludedLines.sorted { $0.lowerBound < $1.lowerBound }[...]
    var paragraphs = paragraphs.sorted { $0.lowerBound < $1.lowerBound }[...]
    var previousWasCandidate = false
    for line in 1...max(source.lineCount, 1) {
      let wasCandidate = previousWasCandidate
      previousWasCandidate = false
      while let first = excluded.first, first.upperBound < line { excluded = excluded.dropFirst() }
      if let first = excluded.first, first.contains(line) { continue }
      while let first = paragraphs.first, first.upperBound < line { paragraphs = paragraphs.dropFirst() }
      if let paragraph = paragraphs.first, paragraph.contains(line), line != paragraph.lowerBound, !wasCandidate {
        continue
      }
      let range = source.lineRange(line)
      var index = range.lowerBound
      var indent = 0
      while index < range.upperBound, bytes[index] == UInt8(ascii: ">") || bytes[index] == 0x20 || bytes[index] == 0x09 {
        indent = bytes[index] == UInt8(ascii: ">") ? 0 : indent + (bytes[index] == 0x09 ? 4 : 1)
        index += 1
      }
      // Four spaces of indentation after the last '>' make it code (a space right after '>' belongs to it).
      guard indent <= 4, index < range.upperBound, bytes[index] == UInt8(ascii: "[") else { continue }
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
      // A destination may follow on the next line: `[label]:` alone.
      if bytes[(scan + 2)..<range.upperBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 }), line < source.lineCount {
        result.append(0x0A)
        result.append(contentsOf: bytes[source.lineRange(line + 1)])
      }
      result.append(contentsOf: [0x0A, 0x0A])
      previousWasCandidate = true
    }
    return result
  }
}
