/// A container block that a paragraph's continuation lines must open with, as libcmark checks them.
enum ContainerPrefix: Equatable {
  /// `>` after at most three columns of indentation, and one optional space.
  case blockQuote
  /// A list item: continuation lines are indented at least `indent` columns (tabs expanded) past the
  /// content column of the containers around the item.
  case listItem(indent: Int)

  /// The list item whose marker starts at `markerOffset` in `line`, at column `markerColumn`, where the
  /// containers around it end at column `parentColumn`.
  static func listItem(
    line bytes: [UInt8], lineRange: Range<Int>, markerOffset: Int, markerColumn: Int, parentColumn: Int
  ) -> ContainerPrefix {
    let end = lineRange.upperBound
    var index = markerOffset
    if index < end,
      bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "*")
    {
      index += 1
    } else {
      while index < end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
      if index < end { index += 1 }  // '.' or ')'
    }
    // The marker's own columns, counted from its start rather than from the line's.
    var column = markerColumn
    for offset in markerOffset..<index { column = bytes[offset] == 0x09 ? (column / 4 + 1) * 4 : column + 1 }
    let width = column - markerColumn
    var spaces = 0
    var scan = index
    while scan < end, bytes[scan] == 0x20 || bytes[scan] == 0x09 {
      let next = bytes[scan] == 0x09 ? (column / 4 + 1) * 4 : column + 1
      spaces += next - column
      column = next
      scan += 1
    }
    let padding = (scan == end || spaces >= 5 || spaces < 1) ? width + 1 : width + spaces
    return .listItem(indent: markerColumn + padding - parentColumn)
  }
}

/// One source line of a paragraph, as the table finder sees it.
struct ParagraphLine {
  /// The line number in the parsed text.
  var number: Int
  /// The byte range after the container prefixes and the leading white space.
  var content: Range<Int>
  /// The offset just after the container prefixes, before any indentation.
  var afterPrefix: Int
  /// The column (tabs expanded) where the container prefixes end; inside a tab when one was partly consumed.
  var prefixColumn: Int
  /// Columns of indentation left after the container prefixes.
  var indent: Int
  /// A lazy continuation line: one that lacks a container prefix, so it cannot continue a table.
  var isLazy: Bool
  /// How many of the containers' prefixes the line has.
  var matchedDepth: Int
}

/// Column arithmetic on lines, with tabs expanded to stops of four, as CommonMark does.
enum LineScanner {
  static func column(of offset: Int, in bytes: [UInt8], lineStart: Int) -> Int {
    var column = 0
    var index = lineStart
    while index < offset {
      column = bytes[index] == 0x09 ? (column / 4 + 1) * 4 : column + 1
      index += 1
    }
    return column
  }

  /// Reads a paragraph line: strips the containers' prefixes, measures the indentation left,
  /// and tells whether the line was a lazy continuation.
  static func paragraphLine(
    _ number: Int, in bytes: [UInt8], lineRange: Range<Int>, containers: [ContainerPrefix]
  ) -> ParagraphLine {
    let end = lineRange.upperBound
    var index = lineRange.lowerBound
    var column = 0
    var isLazy = false
    var matchedDepth = 0

    func firstNonSpace(from start: Int, column startColumn: Int) -> (Int, Int) {
      var offset = start
      var col = startColumn
      while offset < end, bytes[offset] == 0x20 || bytes[offset] == 0x09 {
        col = bytes[offset] == 0x09 ? (col / 4 + 1) * 4 : col + 1
        offset += 1
      }
      return (offset, col)
    }

    // The first non-space after `index` stays the same while only white space is consumed: computing it once
    // per run keeps deeply nested list items linear in the line's length.
    var cached: (index: Int, nonSpace: Int, column: Int)?
    for container in containers {
      let nonSpace: Int
      let nonSpaceColumn: Int
      if let known = cached, known.index <= index, index <= known.nonSpace {
        (nonSpace, nonSpaceColumn) = (known.nonSpace, known.column)
      } else {
        (nonSpace, nonSpaceColumn) = firstNonSpace(from: index, column: column)
        cached = (index, nonSpace, nonSpaceColumn)
      }
      switch container {
      case .blockQuote:
        guard nonSpaceColumn - column <= 3, nonSpace < end, bytes[nonSpace] == UInt8(ascii: ">") else {
          isLazy = true
          break
        }
        index = nonSpace + 1
        column = nonSpaceColumn + 1
        // One optional space; of a tab, only its first column (the rest stays indentation, unless the tab
        // was one column wide).
        if index < end, bytes[index] == 0x20 {
          column += 1
          index += 1
        } else if index < end, bytes[index] == 0x09 {
          column += 1
          if column % 4 == 0 { index += 1 }
        }
      case .listItem(let indent):
        let contentColumn = column + indent
        if nonSpace == end { index = nonSpace; column = nonSpaceColumn; matchedDepth += 1; continue }
        guard nonSpaceColumn >= contentColumn else {
          isLazy = true
          break
        }
        // Consume white space up to the content column.
        while index < end, column < contentColumn, bytes[index] == 0x20 || bytes[index] == 0x09 {
          let next = bytes[index] == 0x09 ? (column / 4 + 1) * 4 : column + 1
          if next > contentColumn { column = contentColumn; break }
          column = next
          index += 1
        }
      }
      if isLazy { break }
      matchedDepth += 1
    }
    let (start, startColumn) = firstNonSpace(from: index, column: column)
    return ParagraphLine(
      number: number, content: start..<end, afterPrefix: index, prefixColumn: column, indent: startColumn - column,
      isLazy: isLazy, matchedDepth: matchedDepth)
  }
}
