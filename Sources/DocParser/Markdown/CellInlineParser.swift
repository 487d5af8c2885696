import DocModel

/// Parses the inline Markdown of many table cells with one libcmark call, the page's link
/// reference definitions in scope.
///
/// Each cell becomes a paragraph of its own, prefixed with a no-break space: CommonMark counts it as
/// white space when deciding emphasis, as it does the start of a line, but it keeps a cell such as
/// `# 1` or `- x` from starting a block. The space is removed from the result.
enum CellInlineParser {
  /// The cells' inlines. A cell with none of the bytes that can start inline markup is plain text, as
  /// libcmark would read it; only the others go through libcmark (`readsPlainCells`, for tests, sends
  /// every cell). `findsShorthands` false leaves `@uid` shorthands as text (a page without any).
  static func parse(
    _ cells: [String], referenceDefinitions: [UInt8], findsShorthands: Bool = true, readsPlainCells: Bool = false
  ) -> [[Inline]] {
    guard !cells.isEmpty else { return [] }
    var result = [[Inline]](repeating: [], count: cells.count)
    var parsed: [Int] = []  // the cells that go through libcmark, in order
    var bytes: [UInt8] = []
    for (index, cell) in cells.enumerated() {
      if !readsPlainCells && isPlain(cell) {
        if !cell.isEmpty { result[index] = findsShorthands ? XrefShorthand.splitting([.text(cell)]) : [.text(cell)] }
        continue
      }
      if parsed.isEmpty { bytes.reserveCapacity(referenceDefinitions.count + 4 * cells.count) }
      parsed.append(index)
      bytes.append(contentsOf: [0xC2, 0xA0])
      bytes.append(contentsOf: cell.utf8)
      bytes.append(contentsOf: [0x0A, 0x0A])
    }
    guard !parsed.isEmpty else { return result }
    bytes.append(contentsOf: referenceDefinitions)

    guard let tree = CMarkTree(bytes: bytes) else {
      for index in parsed { result[index] = [.text(cells[index])] }
      return result
    }
    var child = CMarkNode.firstChild(tree.root)
    while let node = child {
      let line = CMarkNode.position(node).0
      let order = (line - 1) / 2
      if line % 2 == 1, order < parsed.count, CMarkNode.kind(node) == .paragraph {
        result[parsed[order]] = InlineConverter.convertChildren(ofCell: node, findsShorthands: findsShorthands)
      }
      child = CMarkNode.next(node)
    }
    return result
  }

  /// Whether a cell (trimmed, on one line) is plain text to libcmark: none of the bytes its inline parser
  /// stops at (backslash, backtick, `*`, `_`, `[`, `]`, `!`, `<`, `&` and line ends), nor any other control
  /// character. Such a cell is one text node holding its bytes as they are.
  static func isPlain(_ cell: String) -> Bool {
    let plain: Bool? = cell.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes where !isPlainByte(byte) { return false }
      return true
    }
    return plain ?? cell.utf8.allSatisfy { isPlainByte($0) }
  }

  /// One bit per ASCII byte, set for those ``isPlain(_:)`` stops at. Bytes 0 to 63: the control characters,
  /// `!`, `&`, `*` and `<`; bytes 64 to 127: `[`, `\\`, `]`, `_`, `` ` `` and DEL.
  static let markupBits: (low: UInt64, high: UInt64) = (0x1000_0442_FFFF_FFFF, 0x8000_0001_B800_0000)

  @inline(__always)
  private static func isPlainByte(_ byte: UInt8) -> Bool {
    if byte >= 0x80 { return true }
    let mask = byte < 64 ? markupBits.low : markupBits.high
    return mask & (1 << UInt64(byte & 63)) == 0
  }

  /// Whether a line, read on its own, starts a block other than a paragraph (a list item, a heading,
  /// a thematic break, an HTML block ...): such a line ends a table.
  static func startsBlock(_ line: ArraySlice<UInt8>) -> Bool {
    guard let tree = CMarkTree(bytes: Array(line)), let first = CMarkNode.firstChild(tree.root) else {
      return false
    }
    return CMarkNode.kind(first) != .paragraph
  }
}
