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
  /// every cell).
  static func parse(_ cells: [String], referenceDefinitions: [UInt8], readsPlainCells: Bool = false) -> [[Inline]] {
    guard !cells.isEmpty else { return [] }
    var result = [[Inline]](repeating: [], count: cells.count)
    var parsed: [Int] = []  // the cells that go through libcmark, in order
    var bytes: [UInt8] = []
    for (index, cell) in cells.enumerated() {
      if !readsPlainCells && isPlain(cell) {
        if !cell.isEmpty { result[index] = [.text(cell)] }
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
        result[parsed[order]] = InlineConverter.convertChildren(ofCell: node)
      }
      child = CMarkNode.next(node)
    }
    return result
  }

  /// Whether a cell (trimmed, on one line) is plain text to libcmark: none of the bytes its inline parser
  /// stops at (backslash, backtick, `*`, `_`, `[`, `]`, `!`, `<`, `&` and line ends), nor any other control
  /// character. Such a cell is one text node holding its bytes as they are.
  static func isPlain(_ cell: String) -> Bool {
    cell.utf8.allSatisfy { byte in
      switch byte {
      case 0..<0x20, 0x7F, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: "&"):
        false
      default: true
      }
    }
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
