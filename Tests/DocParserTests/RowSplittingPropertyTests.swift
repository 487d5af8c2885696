import DocTestSupport
import Testing

@testable import DocParser

/// Rows are split with memchr; this holds the split to a scan of every byte by the GFM rule.
@Suite("Row splitting, against a byte-by-byte reference")
struct RowSplittingPropertyTests {
  /// The cells of a row scanned byte by byte: `(\|)`-aware cell contents between pipes, as cmark-gfm's
  /// scanner reads them; `nil` when the line is no row.
  static func reference(_ bytes: [UInt8]) -> [PipeTableScanner.CellSpan]? {
    let end = bytes.count
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C }
    func skipSpaces(_ start: Int) -> Int {
      var index = start
      while index < end && isSpace(bytes[index]) { index += 1 }
      return index
    }
    func pipeLength(_ start: Int) -> Int { start < end && bytes[start] == UInt8(ascii: "|") ? skipSpaces(start + 1) - start : 0 }
    var offset = pipeLength(0)
    var cells: [PipeTableScanner.CellSpan] = []
    while offset <= end {
      var index = offset
      while index < end, bytes[index] != UInt8(ascii: "|") {
        index += bytes[index] == UInt8(ascii: "\\") && index + 1 < end && bytes[index + 1] == UInt8(ascii: "|") ? 2 : 1
      }
      let pipe = pipeLength(index)
      if index > offset || pipe > 0 { cells.append(.init(start: offset, end: index)) }
      offset = index + pipe
      if pipe == 0 {
        let afterSpaces = skipSpaces(offset)
        guard afterSpaces == end else { return nil }
        offset = end + 1
        break
      }
    }
    guard offset == end + 1, !cells.isEmpty else { return nil }
    return cells
  }

  static let pieces = ["|", "||", "\\", "\\|", "\\\\|", " ", "\t", "\u{0B}", "a", "bc", "`", "`x|y`", "日本", "-", ":"]

  @Test(arguments: [41, 42, 43] as [UInt64])
  func agreesWithTheByteByByteScan(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var rows = 0
    for _ in 0..<5_000 {
      let line = Array((0..<Int(random.next() % 8)).map { _ in Self.pieces.randomElement(using: &random)! }.joined().utf8)
      // The row inside a longer text, as in a page: bytes around it must not be read.
      let page = Array("x|\\".utf8) + line + Array("|\\|".utf8)
      let range = 3..<(3 + line.count)
      let split = PipeTableScanner.splitRow(page, range)?.map { [$0.start - 3, $0.end - 3] }
      let expected = Self.reference(line)?.map { [$0.start, $0.end] }
      #expect(split == expected, "\(String(decoding: line, as: UTF8.self).debugDescription)")
      if expected != nil { rows += 1 }
    }
    #expect(rows > 1_000)
  }
}
