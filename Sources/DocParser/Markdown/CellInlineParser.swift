import DocModel

/// Parses the inline Markdown of many table cells with one libcmark call, the page's link
/// reference definitions in scope.
///
/// Each cell becomes a paragraph of its own, prefixed with a no-break space: CommonMark counts it as
/// white space when deciding emphasis, as it does the start of a line, but it keeps a cell such as
/// `# 1` or `- x` from starting a block. The space is removed from the result.
enum CellInlineParser {
  static func parse(_ cells: [String], referenceDefinitions: [UInt8]) -> [[Inline]] {
    guard !cells.isEmpty else { return [] }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(cells.reduce(referenceDefinitions.count) { $0 + $1.utf8.count + 4 })
    for cell in cells {
      bytes.append(contentsOf: [0xC2, 0xA0])
      bytes.append(contentsOf: cell.utf8)
      bytes.append(contentsOf: [0x0A, 0x0A])
    }
    bytes.append(contentsOf: referenceDefinitions)

    var result = [[Inline]](repeating: [], count: cells.count)
    guard let tree = CMarkTree(bytes: bytes) else {
      return cells.map { [.text($0)] }
    }
    var child = CMarkNode.firstChild(tree.root)
    while let node = child {
      let line = CMarkNode.position(node).0
      let index = (line - 1) / 2
      if line % 2 == 1, index < cells.count, CMarkNode.kind(node) == .paragraph {
        result[index] = InlineConverter.convertChildren(ofCell: node)
      }
      child = CMarkNode.next(node)
    }
    return result
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
