/// Finds the link reference definitions of a page, so that table cells, parsed on their own,
/// resolve `[text][label]` links as the page does.
///
/// A candidate is a line that, after any block quote and list item markers and up to three spaces, reads `[label]:`
/// followed by a destination, outside code and HTML blocks and tables. Inside a paragraph, only the lines
/// that open it can be definitions, as libcmark reads them only there. Each run of consecutive candidates is
/// kept as one paragraph, separated from the next by a blank line.
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
      // A paragraph of libcmark's ending on the line before, or starting on this one: a new paragraph here.
      var startsParagraph = false
      while let first = paragraphs.first, first.upperBound < line {
        startsParagraph = startsParagraph || first.upperBound == line - 1
        paragraphs = paragraphs.dropFirst()
      }
      if let first = paragraphs.first, first.lowerBound == line { startsParagraph = true }
      if let paragraph = paragraphs.first, paragraph.contains(line), line != paragraph.lowerBound, !wasCandidate {
        continue
      }
      let range = source.lineRange(line)
      if wasCandidate, let title = titleLine(bytes, range) {
        // A definition's title may follow on the next line.
        result.removeLast()
        result.append(contentsOf: bytes[title..<range.upperBound])
        result.append(contentsOf: [0x0A, 0x0A])
        continue
      }
      let (index, indent) = afterContainerMarkers(bytes, range)
      // Four spaces of indentation after the last marker make it code (a space right after it belongs to it).
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
      // Consecutive candidates stay one paragraph, as libcmark reads them: one that is no definition (`[a]: /u x`)
      // makes the rest paragraph text.
      if wasCandidate && !startsParagraph { result.removeLast() }
      result.append(contentsOf: bytes[index..<range.upperBound])
      // A destination may follow on the next line: `[label]:` alone.
      if bytes[(scan + 2)..<range.upperBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 }), line < source.lineCount {
        result.append(0x0A)
        let next = source.lineRange(line + 1)
        result.append(contentsOf: bytes[afterContainerMarkers(bytes, next, listItems: false).index..<next.upperBound])
      }
      result.append(contentsOf: [0x0A, 0x0A])
      previousWasCandidate = true
    }
    return result
  }

  /// Where a line's text starts, after its block quote markers, when it starts like a title (`"`, `'` or `(`).
  private static func titleLine(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
    let start = afterContainerMarkers(bytes, range, listItems: false).index
    guard start < range.upperBound else { return nil }
    let byte = bytes[start]
    return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(") ? start : nil
  }

  /// Where a line's text starts after its block quote markers and, with `listItems`, list item markers (a
  /// definition may open an item: `- [r]: /url`), and the indentation before it since the last marker.
  private static func afterContainerMarkers(
    _ bytes: [UInt8], _ range: Range<Int>, listItems: Bool = true
  ) -> (index: Int, indent: Int) {
    var index = range.lowerBound
    var indent = 0
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 {
        indent += byte == 0x09 ? 4 : 1
        index += 1
      } else if byte == UInt8(ascii: ">") {
        indent = 0
        index += 1
      } else if listItems, let end = listMarkerEnd(bytes, from: index, to: range.upperBound) {
        indent = 0
        index = end
      } else {
        break
      }
    }
    return (index, indent)
  }

  /// The end of a list item marker at `start` (`-`, `+`, `*`, or up to nine digits and `.` or `)`) followed by
  /// white space or the line's end; nil when there is none.
  private static func listMarkerEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
    var index = start
    let byte = bytes[index]
    if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*") {
      index += 1
    } else {
      while index < end, index - start < 9, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
        index += 1
      }
      guard index > start, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
      else { return nil }
      index += 1
    }
    guard index == end || bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
    return index
  }
}
