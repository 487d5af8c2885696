import DocModel

/// Table cells' inlines taken from libcmark's reading of the paragraph that holds the table, instead of
/// sending every cell through libcmark again on its own.
///
/// GFM splits a row into cells before it reads their inline markup; libcmark, which knows no tables, has
/// read the whole paragraph at once. The two readings agree on a cell when no inline element crosses a cell
/// boundary (emphasis, a code span or a link over a pipe) and nothing in the table reads differently on its
/// own: `\|`, which a cell unescapes before it is read; reference links, whose definitions in scope differ;
/// and a backslash at the end of a row, a hard break in the paragraph but text in a cell. Each element's
/// reported position is checked against the page's bytes (a text's must hold exactly its text, so
/// entities and escapes are not taken either), and each cell must be covered by the elements found in it.
/// When any check fails, the table's cells are read one by one as before (``CellInlineParser``).
enum FirstPassCells {
  /// A row of the table: its line, and its cells' trimmed byte ranges in the text.
  struct Row {
    var line: Int
    var cells: [Range<Int>]
  }

  /// An inline node at the top of the paragraph: its line and the bytes it covers.
  private struct Placed {
    var node: OpaquePointer
    var line: Int
    var range: Range<Int>
    var isText: Bool
  }

  /// The inlines of every cell, row after row, or `nil` when the table's cells must be read on their own.
  /// The rows are in the order of their lines. `findsShorthands` false leaves `@uid` shorthands as text.
  static func inlines(
    of paragraph: OpaquePointer, rows: [Row], delimiterLine: Int, in text: SourceText, findsShorthands: Bool = true
  ) -> [[Inline]]? {
    guard let firstLine = rows.first?.line, let lastLine = rows.last?.line else { return nil }
    let bytes = text.bytes
    var placed: [Placed] = []
    var child = CMarkNode.firstChild(paragraph)
    while let node = child {
      child = CMarkNode.next(node)
      let kind = CMarkNode.kind(node)
      let (startLine, startColumn, endLine, endColumn) = CMarkNode.position(node)
      if startLine == 0 {
        // Breaks have no position; between rows they belong to no cell. Anything else unplaced is not trusted.
        guard kind == .softBreak || kind == .lineBreak else { return nil }
        continue
      }
      if endLine < firstLine || startLine > lastLine { continue }  // text around the table
      guard startLine == endLine else { return nil }
      let line = text.lineRange(startLine)
      let lower = line.lowerBound + startColumn - 1
      let upper = line.lowerBound + endColumn
      guard lower >= line.lowerBound, lower <= upper, upper <= line.upperBound else { return nil }
      if kind == .text {
        // A text may be reported with the spaces that end its line.
        guard let length = textLength(node, at: lower, upTo: upper, lineEnd: line.upperBound, in: bytes) else {
          return nil
        }
        placed.append(Placed(node: node, line: startLine, range: lower..<(lower + length), isText: true))
      } else {
        guard startLine != delimiterLine, let range = verified(node, kind: kind, lower..<upper, in: bytes, depth: 0)
        else { return nil }
        placed.append(Placed(node: node, line: startLine, range: range, isText: false))
      }
    }
    var cells: [[Inline]] = []
    cells.reserveCapacity(rows.reduce(0) { $0 + $1.cells.count })
    var next = 0
    for row in rows {
      // Text on other lines (the delimiter row) belongs to no cell.
      while next < placed.count, placed[next].line < row.line {
        guard placed[next].isText else { return nil }
        next += 1
      }
      for cell in row.cells {
        guard let inlines = inlines(of: cell, line: row.line, from: placed, next: &next, in: bytes) else {
          return nil
        }
        cells.append(findsShorthands ? XrefShorthand.splitting(inlines) : inlines)
      }
      // What is left of the row after its last cell is pipes and spaces.
      while next < placed.count, placed[next].line == row.line {
        guard placed[next].isText else { return nil }
        next += 1
      }
    }
    return cells
  }

  /// A cell's inlines from the elements of its row, from `next` on, which must cover it exactly. `next` is
  /// left at the first element that reaches past the cell.
  private static func inlines(
    of cell: Range<Int>, line: Int, from placed: [Placed], next: inout Int, in bytes: [UInt8]
  ) -> [Inline]? {
    // At most one inline per element over the cell: the array is sized once.
    var first = next
    while first < placed.count, placed[first].line == line, placed[first].range.upperBound <= cell.lowerBound {
      first += 1
    }
    var end = first
    while end < placed.count, placed[end].line == line, placed[end].range.lowerBound < cell.upperBound { end += 1 }
    var inlines: [Inline] = []
    inlines.reserveCapacity(end - first)
    var cursor = cell.lowerBound
    while next < placed.count, placed[next].line == line,
      placed[next].range.lowerBound < cell.upperBound || cell.isEmpty
    {
      let element = placed[next]
      if element.range.upperBound <= cell.lowerBound {
        // Before the cell: pipes and spaces only.
        guard element.isText else { return nil }
        next += 1
        continue
      }
      if cell.isEmpty { break }
      if element.isText {
        let piece = max(element.range.lowerBound, cell.lowerBound)..<min(element.range.upperBound, cell.upperBound)
        guard piece.lowerBound == cursor else { return nil }
        InlineConverter.appendText(String(decoding: bytes[piece], as: UTF8.self), to: &inlines)
        cursor = piece.upperBound
        // A text that goes on past the cell is read again for the next one.
        if element.range.upperBound > cell.upperBound { break }
      } else {
        guard element.range.lowerBound == cursor, element.range.upperBound <= cell.upperBound else { return nil }
        InlineConverter.append(element.node, to: &inlines)
        cursor = element.range.upperBound
      }
      next += 1
    }
    return cursor == cell.upperBound ? inlines : nil
  }

  /// The length of a text node whose literal is exactly the bytes at `lower` (followed only by spaces and
  /// tabs up to the line's end when it was reported with them), or `nil`.
  private static func textLength(
    _ node: OpaquePointer, at lower: Int, upTo upper: Int, lineEnd: Int, in bytes: [UInt8]
  ) -> Int? {
    guard let length = CMarkNode.literalLength(node, in: bytes, at: lower, before: upper) else { return nil }
    if lower + length < upper {
      guard upper == lineEnd, bytes[(lower + length)..<upper].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else {
        return nil
      }
    }
    return length
  }

  /// The bytes a non-text element covers, when its position and its descendants' agree with the page:
  /// emphasis between its delimiters, an inline link or image from `[` (or `![`) to `)`, inline HTML as
  /// written, a code span with the backticks around it. `nil` for anything else.
  private static func verified(
    _ node: OpaquePointer, kind: CMarkNode.Kind, _ range: Range<Int>, in bytes: [UInt8], depth: Int
  ) -> Range<Int>? {
    guard depth < InlineConverter.maximumDepth, !range.isEmpty else { return nil }
    let first = bytes[range.lowerBound]
    let last = bytes[range.upperBound - 1]
    switch kind {
    case .emphasis, .strong:
      guard first == UInt8(ascii: "*") || first == UInt8(ascii: "_"), last == first else { return nil }
    case .link:
      guard first == UInt8(ascii: "["), last == UInt8(ascii: ")") else { return nil }
    case .image:
      guard first == UInt8(ascii: "!"), range.count > 1, bytes[range.lowerBound + 1] == UInt8(ascii: "["),
        last == UInt8(ascii: ")")
      else { return nil }
    case .htmlInline:
      guard first == UInt8(ascii: "<"),
        textLength(
          node, at: range.lowerBound, upTo: range.upperBound,
          lineEnd: range.upperBound, in: bytes) == range.count
      else { return nil }
      return range
    case .code:
      return codeSpan(node, content: range, in: bytes)
    default:
      return nil
    }
    // The children of emphasis, links and images: in order, inside their parent, on its line.
    let (line, column, _, _) = CMarkNode.position(node)
    let lineStart = range.lowerBound - (column - 1)
    var cursor = range.lowerBound
    var child = CMarkNode.firstChild(node)
    while let current = child {
      child = CMarkNode.next(current)
      let childKind = CMarkNode.kind(current)
      let (startLine, startColumn, endLine, endColumn) = CMarkNode.position(current)
      guard startLine == line, endLine == line else { return nil }
      let lower = lineStart + startColumn - 1
      let upper = lineStart + endColumn
      guard lower >= cursor, upper <= range.upperBound, lower <= upper else { return nil }
      if childKind == .text {
        guard textLength(current, at: lower, upTo: upper, lineEnd: upper, in: bytes) == upper - lower else {
          return nil
        }
        cursor = upper
      } else {
        guard let covered = verified(current, kind: childKind, lower..<upper, in: bytes, depth: depth + 1),
          covered.lowerBound >= cursor, covered.upperBound <= range.upperBound
        else { return nil }
        cursor = covered.upperBound
      }
    }
    return range
  }

  /// A code span's bytes with its backticks, from the content libcmark reports: the content must be the
  /// literal (with the one space each side that a span strips), hold no `\|`, and have as many backticks
  /// on each side.
  private static func codeSpan(_ node: OpaquePointer, content: Range<Int>, in bytes: [UInt8]) -> Range<Int>? {
    let literal = CMarkNode.literalLength(node, in: bytes, at: content.lowerBound, before: content.upperBound)
    if literal != content.count {
      // One space each side, stripped from the literal.
      guard content.count >= 2, bytes[content.lowerBound] == 0x20, bytes[content.upperBound - 1] == 0x20,
        CMarkNode.literalLength(node, in: bytes, at: content.lowerBound + 1, before: content.upperBound - 1)
          == content.count - 2
      else { return nil }
    }
    for index in content.dropLast() where bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "|") {
      return nil
    }
    var opening = 0
    while content.lowerBound - opening - 1 >= 0, bytes[content.lowerBound - opening - 1] == UInt8(ascii: "`") {
      opening += 1
    }
    var closing = 0
    while content.upperBound + closing < bytes.count, bytes[content.upperBound + closing] == UInt8(ascii: "`") {
      closing += 1
    }
    guard opening > 0, opening == closing else { return nil }
    return (content.lowerBound - opening)..<(content.upperBound + closing)
  }
}
