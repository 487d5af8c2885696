import Foundation

/// The bytes of a page with a table of its lines, for byte-exact scanning and character columns.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as in libcmark. Line numbers are 1-based.
struct SourceText: Sendable {
  /// The text, valid UTF-8 without NUL bytes.
  let bytes: [UInt8]
  /// For each line, the offset of its first byte.
  private(set) var lineStarts: [Int] = []
  /// For each line, the offset just past its last byte, line ending excluded.
  private(set) var lineEnds: [Int] = []

  init(bytes: [UInt8]) {
    self.bytes = bytes
    var start = 0
    let count = bytes.count
    var starts: [Int] = []
    var ends: [Int] = []
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      // The tables are kept as long as the page: room for as many lines as there are line ending bytes,
      // counted first, rather than a guess that can be several times too large.
      let carriageReturns = Self.count(0x0D, in: buffer)
      let lines = Self.count(0x0A, in: buffer) + carriageReturns + 1
      starts.reserveCapacity(lines)
      ends.reserveCapacity(lines)
      if carriageReturns == 0 {
        // No carriage return, as in most files: jump from line feed to line feed.
        while start < count, let found = memchr(base + start, 0x0A, count - start) {
          let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          starts.append(start)
          ends.append(index)
          start = index + 1
        }
        return
      }
      var index = 0
      while index < count {
        let byte = buffer[index]
        // Most bytes are past both line ending bytes: one comparison rejects them.
        if byte > 0x0D || (byte != 0x0A && byte != 0x0D) {
          index += 1
          continue
        }
        starts.append(start)
        ends.append(index)
        index += (byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A) ? 2 : 1
        start = index
      }
    }
    lineStarts = starts
    lineEnds = ends
    if start < count || count == 0 || lineStarts.isEmpty {
      lineStarts.append(start)
      lineEnds.append(count)
    }
  }

  var lineCount: Int { lineStarts.count }

  private static func count(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var found = 0
    var start = 0
    while start < buffer.count, let hit = memchr(base + start, Int32(byte), buffer.count - start) {
      found += 1
      start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
    }
    return found
  }

  /// The byte range of a line's content, line ending excluded.
  func lineRange(_ line: Int) -> Range<Int> {
    guard line >= 1 && line <= lineCount else { return bytes.count..<bytes.count }
    return lineStarts[line - 1]..<lineEnds[line - 1]
  }

  /// A line's content as a string.
  func lineText(_ line: Int) -> String {
    String(decoding: bytes[lineRange(line)], as: UTF8.self)
  }

  /// Converts a 1-based byte column into a 1-based character column.
  func characterColumn(line: Int, byteColumn: Int) -> Int {
    let range = lineRange(line)
    let end = min(range.lowerBound + max(byteColumn - 1, 0), range.upperBound)
    return String(decoding: bytes[range.lowerBound..<end], as: UTF8.self).count + 1
  }
}
