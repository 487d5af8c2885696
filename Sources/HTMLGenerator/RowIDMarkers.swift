import DocModel

/// Stand-ins for the `id` attributes of a page's catalog rows, written when the page is rendered before the
/// catalog gives the rows their ids (``PageAwaitingRowIDs``), then replaced by the ids or by nothing.
///
/// A marker is a NUL byte, a random key drawn once per process, the row's index among the marked rows in
/// decimal, and a NUL byte. The key cannot be guessed, so that no text of the docs (a snippet file may hold NUL
/// bytes) can pass for a marker: any NUL that does not start a marker, a marker repeated or one gone, and
/// the page is not filled in (``filled(_:lines:anchors:)`` returns `nil`) but rendered again.
public struct RowIDMarkers: Sendable {
  /// The NUL byte and the key every marker starts with.
  private let prefix: [UInt8]

  /// Markers with a fresh random key.
  public init() {
    var generator = SystemRandomNumberGenerator()
    self.init(key: generator.next())
  }

  /// Markers with the given key (tests use it to write a marker as the docs could).
  init(key: UInt64) {
    let digits = Array("0123456789abcdef".utf8)
    prefix = [0] + (0..<16).map { digits[Int((key >> UInt64(60 - 4 * $0)) & 0xF)] }
  }

  /// Writes the marker of the row at `index` among the page's marked rows.
  func write(index: Int, into html: inout HTMLOutput) {
    html.append(prefix[...])
    html += String(index)
    html.append([0][...])
  }

  /// `page` with each marker replaced by ` id="…"`, the anchor of the marked row's line in `anchors`, or by
  /// nothing for a line without one; `lines` are the marked rows' lines, by index. `nil` when the markers are
  /// not exactly one for each marked row, or a NUL byte is not a marker's.
  func filled(_ page: [UInt8], lines: [Int], anchors: [Int: String]) -> [UInt8]? {
    var seen = [Bool](repeating: false, count: lines.count)
    var output = HTMLOutput()
    output.reserveCapacity(page.count + 40 * anchors.count)
    var start = 0
    var index = 0
    while let found = page.withUnsafeBufferPointer({
      ByteSearch.offset(of: 0, in: UnsafeBufferPointer(rebasing: $0[index...]))
    }) {
      let nul = index + found
      guard page[nul...].starts(with: prefix) else { return nil }
      var end = nul + prefix.count
      var row = 0
      while end < page.count, page[end] >= UInt8(ascii: "0"), page[end] <= UInt8(ascii: "9"), row < lines.count {
        row = row * 10 + Int(page[end] - UInt8(ascii: "0"))
        end += 1
      }
      guard end > nul + prefix.count, end < page.count, page[end] == 0, row < lines.count, !seen[row] else {
        return nil
      }
      seen[row] = true
      output.append(page[start..<nul])
      if let anchor = anchors[lines[row]] { HTMLRenderer.appendAttribute("id", anchor, to: &output) }
      index = end + 1
      start = index
    }
    guard !seen.contains(false) else { return nil }
    output.append(page[start...])
    return output.bytes
  }
}
