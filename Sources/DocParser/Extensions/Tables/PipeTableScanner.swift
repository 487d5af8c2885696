import DocModel

/// Splits pipe table rows and recognizes delimiter rows, byte for byte as cmark-gfm's table extension does.
///
/// Lines are given as byte ranges without their line ending. The rules, from the GFM spec and
/// cmark-gfm's scanners: an optional leading pipe; cells run to the next `|` not preceded by a backslash;
/// a pipe may be followed by spaces; cells are trimmed, and `\|` becomes `|` in them.
enum PipeTableScanner {
  /// A cell as written: the byte range between its pipes, before trimming.
  struct CellSpan: Equatable {
    var start: Int
    var end: Int
  }

  /// The cells of a row, or `nil` when the line holds none (a line of just `|`, for example).
  static func splitRow(_ bytes: [UInt8], _ range: Range<Int>) -> [CellSpan]? {
    bytes.withUnsafeBufferPointer { splitRow($0, range) }
  }

  private static func splitRow(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [CellSpan]? {
    let end = range.upperBound
    let length = end + 1  // a virtual newline sits at `end`
    var offset = range.lowerBound + cellEndLength(bytes, at: range.lowerBound, end: end)
    var cells: [CellSpan] = []
    // A cell for each pipe, and one more: the array is sized once.
    cells.reserveCapacity(pipeCount(bytes, range) + 1)
    var expectMore = true
    while offset < length && expectMore {
      let cellLength = cellContentLength(bytes, at: offset, end: end)
      let pipeLength = cellEndLength(bytes, at: offset + cellLength, end: end)
      if cellLength > 0 || pipeLength > 0 {
        cells.append(CellSpan(start: offset, end: offset + cellLength))
      }
      offset += cellLength + pipeLength
      if pipeLength == 0 {
        offset += rowEndLength(bytes, at: offset, end: end)
        expectMore = false
      }
    }
    guard offset == length, !cells.isEmpty else { return nil }
    return cells
  }

  private static func pipeCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    var start = range.lowerBound
    while let pipe = nextPipe(bytes, from: start, end: range.upperBound) {
      count += 1
      start = pipe + 1
    }
    return count
  }

  /// The offset of the first `|` in `start..<end`, or `nil`.
  private static func nextPipe(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
    guard start < end else { return nil }
    return ByteSearch.offset(of: UInt8(ascii: "|"), in: UnsafeBufferPointer(rebasing: bytes[start..<end])).map {
      start + $0
    }
  }

  /// The column alignments of a delimiter row such as `| :-- | --: |`, or `nil` if the line is not one.
  static func delimiterAlignments(_ bytes: [UInt8], _ range: Range<Int>) -> [Table.Alignment]? {
    let end = range.upperBound
    var index = range.lowerBound
    if index < end && bytes[index] == UInt8(ascii: "|") { index += 1 }
    var alignments: [Table.Alignment] = []
    while true {
      // table_marker: spacechar* ':'? '-'+ ':'? spacechar*
      index = skipSpaceChars(bytes, from: index, end: end)
      var left = false
      var right = false
      if index < end && bytes[index] == UInt8(ascii: ":") {
        left = true
        index += 1
      }
      let dashes = index
      while index < end && bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard index > dashes else { return nil }
      if index < end && bytes[index] == UInt8(ascii: ":") {
        right = true
        index += 1
      }
      index = skipSpaceChars(bytes, from: index, end: end)
      alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
      guard index < end else { break }
      guard bytes[index] == UInt8(ascii: "|") else { return nil }
      index += 1
      if skipSpaceChars(bytes, from: index, end: end) == end { break }  // trailing pipe
    }
    return alignments
  }

  /// A cell's content: its span without the spaces and tabs around it.
  static func trimmed(_ bytes: [UInt8], _ cell: CellSpan) -> Range<Int> {
    var start = cell.start
    var end = cell.end
    while start < end && isCMarkSpace(bytes[start]) { start += 1 }
    while end > start && isCMarkSpace(bytes[end - 1]) { end -= 1 }
    return start..<end
  }

  /// The Markdown of a trimmed cell: its bytes with `\|` unescaped.
  static func cellMarkdown(_ bytes: [UInt8], _ span: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { buffer in
      let content = UnsafeBufferPointer(rebasing: buffer[span])
      // Most cells have no backslash: their bytes are the Markdown as they are.
      guard content.contains(UInt8(ascii: "\\")) else { return String(decoding: content, as: UTF8.self) }
      var unescaped: [UInt8] = []
      unescaped.reserveCapacity(content.count)
      var index = 0
      while index < content.count {
        if content[index] == UInt8(ascii: "\\") && index + 1 < content.count && content[index + 1] == UInt8(ascii: "|")
        {
          index += 1
        }
        unescaped.append(content[index])
        index += 1
      }
      return String(decoding: unescaped, as: UTF8.self)
    }
  }

  // MARK: Scanners

  /// `(\\| | [^|\r\n])+`: a cell's content, where a pipe right after a backslash belongs to the cell. (The
  /// line holds no line ending, and the scan could never be between the two bytes of a `\\|` at a
  /// backslash before a pipe, so a cell ends at the first pipe after `start` that follows no backslash.)
  private static func cellContentLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int {
    var from = start
    while let pipe = nextPipe(bytes, from: from, end: end) {
      guard pipe > start, bytes[pipe - 1] == UInt8(ascii: "\\") else { return pipe - start }
      from = pipe + 1
    }
    return max(end - start, 0)
  }

  /// `[|] spacechar*`: a pipe and the spaces after it.
  private static func cellEndLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int {
    guard start < end, bytes[start] == UInt8(ascii: "|") else { return 0 }
    return skipSpaceChars(bytes, from: start + 1, end: end) - start
  }

  /// `spacechar* newline`: the end of the row.
  private static func rowEndLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int {
    guard start <= end else { return 0 }
    let afterSpaces = skipSpaceChars(bytes, from: start, end: end)
    return afterSpaces == end ? afterSpaces - start + 1 : 0
  }

  private static func skipSpaceChars<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from start: Int, end: Int)
    -> Int where Bytes.Index == Int
  {
    var index = start
    while index < end && isSpaceChar(bytes[index]) { index += 1 }
    return index
  }

  /// cmark-gfm's `spacechar`: space, tab, vertical tab, form feed.
  private static func isSpaceChar(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
  }

  /// cmark's `cmark_isspace`, used when trimming cells.
  private static func isCMarkSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }
}
