import DocModel
import Foundation

/// A page's text that was let go of, read again from its file when asked for.
///
/// Validation needs a page's lines only where it reports a finding (an excerpt, a column), so it lets every
/// page's text go once the page is parsed, and most pages are never read again. A text read again is the
/// file decoded as the parser decoded it; it is used only if it has the length and checksum of the text
/// that was let go of (the file may have changed since). Otherwise, or when the file cannot be read, the
/// page has no lines.
final class ReleasedPageText: @unchecked Sendable {
  private let file: String
  private let count: Int
  private let checksum: UInt64
  /// The text once read again, under the lock.
  private var reread: SourceText?
  private let lock = NSLock()

  /// The text let go of, to be read again from `file` (the path the page was read from).
  init(_ text: SourceText, file: String) {
    self.file = file
    count = text.bytes.count
    checksum = Self.checksum(text.bytes)
  }

  /// The text read again (once), or no text when the file no longer holds it.
  var text: SourceText {
    lock.lock()
    defer { lock.unlock() }
    if let reread { return reread }
    var read = SourceText(bytes: [])
    if let bytes = try? FileReader.read(file) {
      var ignored: [Diagnostic] = []
      let decoded = SourceDecoder.decode(bytes, file: file, diagnostics: &ignored)
      if decoded.count == count, Self.checksum(decoded) == checksum { read = SourceText(bytes: decoded) }
    }
    reread = read
    return read
  }

  /// A 64-bit checksum of the bytes, in four lanes of eight bytes that run side by side: enough to tell a
  /// changed file, not a hash for tables.
  static func checksum(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { raw in
      var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
      func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (lane ^ word) &* 0x9E37_79B9_7F4A_7C15
        return (mixed << 31) | (mixed >> 33)
      }
      var index = 0
      while index + 32 <= raw.count {
        lanes.0 = mix(lanes.0, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        lanes.1 = mix(lanes.1, raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
        lanes.2 = mix(lanes.2, raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
        lanes.3 = mix(lanes.3, raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
        index += 32
      }
      var sum = mix(mix(mix(lanes.0, lanes.1), lanes.2), lanes.3)
      while index < raw.count {
        sum = mix(sum, UInt64(raw[index]))
        index += 1
      }
      return sum
    }
  }
}
