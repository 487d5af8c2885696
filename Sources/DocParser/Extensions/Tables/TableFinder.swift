import DocModel

/// Finds the first GFM pipe table in a paragraph's lines, as cmark-gfm would have opened it.
///
/// A table starts where a non-lazy line indented less than four columns is a delimiter row whose cell count
/// equals that of the line before it (the header), unless the line is also a setext underline (`---`), which
/// cmark-gfm reads first. It goes on while lines are non-lazy, indented less than four columns, start no
/// other block and hold at least one cell; with DocFX, a `:::` line (a DocFX container's marker) ends it too.
struct TableFinder {
  /// A table as found in the source: the lines of its rows and the byte ranges of its cells.
  struct FoundTable {
    var headerIndex: Int
    var delimiterIndex: Int
    var alignments: [Table.Alignment]
    /// Indexes of body lines, in order.
    var bodyIndexes: [Int]
    /// Cell spans for the header, then each body row.
    var cells: [[PipeTableScanner.CellSpan]]
    /// The index of the first line after the table.
    var endIndex: Int
    /// Body lines without any pipe: GitHub makes them rows, DocFX ends the table before them.
    var pipelessRows: [Int] = []
  }

  let bytes: [UInt8]
  /// Whether a line (its content, prefixes stripped) would start a block other than a paragraph.
  let startsBlock: (Range<Int>) -> Bool
  /// Whether a line starting with `:::` ends a table, as in DocFX, where it opens or closes a container
  /// (`::: moniker-end`); cmark-gfm makes it a one-cell row.
  var endsAtDocFXMarkers = false

  /// A delimiter row under a line with another number of cells: GFM renders both as text.
  struct NearMiss {
    var index: Int
    var delimiterCells: Int
    var headerCells: Int
  }

  /// The first table whose delimiter row comes before line index `delimiterBefore`, and the delimiter rows
  /// before it that did not match their header.
  func firstTable(in lines: [ParagraphLine], delimiterBefore: Int) -> (FoundTable?, [NearMiss]) {
    var nearMisses: [NearMiss] = []
    guard lines.count >= 2, delimiterBefore > 1 else { return (nil, nearMisses) }
    for index in 1..<min(delimiterBefore, lines.count) {
      let line = lines[index]
      guard !line.isLazy, line.indent < 4,
        let alignments = PipeTableScanner.delimiterAlignments(bytes, line.content),
        !isSetextUnderline(line.content),
        let header = PipeTableScanner.splitRow(bytes, Self.headerRange(lines[index - 1]))
      else { continue }
      guard header.count == alignments.count else {
        if bytes[line.content].contains(UInt8(ascii: "|")) {
          nearMisses.append(NearMiss(index: index, delimiterCells: alignments.count, headerCells: header.count))
        }
        continue
      }

      var found = FoundTable(
        headerIndex: index - 1, delimiterIndex: index, alignments: alignments, bodyIndexes: [], cells: [header],
        endIndex: lines.count)
      var next = index + 1
      while next < lines.count {
        let row = lines[next]
        guard !row.isLazy, row.indent < 4, !startsBlockUnlessPipe(row.content),
          !(endsAtDocFXMarkers && isDocFXMarker(row.content)),
          let cells = PipeTableScanner.splitRow(bytes, row.content)
        else { break }
        found.bodyIndexes.append(next)
        found.cells.append(cells)
        if !bytes[row.content].contains(UInt8(ascii: "|")) { found.pipelessRows.append(next) }
        next += 1
      }
      found.endIndex = next
      return (found, nearMisses)
    }
    return (nil, nearMisses)
  }

  /// The header as cmark-gfm reads it from the paragraph's content: libcmark strips the indentation of
  /// continuation lines but keeps that of lazy lines, where it can become an empty first cell.
  static func headerRange(_ line: ParagraphLine) -> Range<Int> {
    line.isLazy ? line.afterPrefix..<line.content.upperBound : line.content
  }

  /// Dashes and nothing after them but spaces: on a paragraph's non-lazy line, cmark-gfm reads it as a setext
  /// underline before trying a table, even when the paragraph above holds only link reference definitions
  /// (libcmark then keeps the line as text, which is why it can reach the finder).
  private func isSetextUnderline(_ content: Range<Int>) -> Bool {
    var index = content.lowerBound
    while index < content.upperBound, bytes[index] == UInt8(ascii: "-") { index += 1 }
    while index < content.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    return index == content.upperBound
  }

  /// A line starting with `:::`.
  private func isDocFXMarker(_ content: Range<Int>) -> Bool {
    content.count >= 3 && bytes[content.lowerBound] == UInt8(ascii: ":")
      && bytes[content.lowerBound + 1] == UInt8(ascii: ":") && bytes[content.lowerBound + 2] == UInt8(ascii: ":")
  }

  /// No block starts with `|`, so only other lines need the (costlier) block-start check.
  private func startsBlockUnlessPipe(_ content: Range<Int>) -> Bool {
    guard let first = content.first.map({ bytes[$0] }), first != UInt8(ascii: "|") else { return false }
    return startsBlock(content)
  }
}
