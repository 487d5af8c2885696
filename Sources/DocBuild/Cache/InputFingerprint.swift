import DocModel
import Foundation

/// A 128-bit digest (``SipHash128``) of everything a build reads: the tool itself, the options, and every file's path and
/// contents. Two builds with the same fingerprint produce the same outputs.
struct InputFingerprint {
  private var hasher = SipHash128()

  /// Adds a labelled value, such as an option.
  mutating func add(_ label: String, _ value: String) {
    addField(label)
    addField(value)
  }

  /// Adds a file by its path and the digest of its contents (or its absence, which matters too: an include
  /// that appears changes what a page shows).
  mutating func addFile(_ path: String, digest: String?) {
    add("file", path)
    addField(digest ?? "absent")
  }

  /// The hex digest of everything added.
  var digest: String { Self.hex(hasher.finalize()) }

  /// The digest of `bytes`, in hex.
  static func digest(of bytes: UnsafeRawBufferPointer) -> String {
    hex(SipHash128.hash(bytes))
  }

  /// The digests of files' contents, read and hashed on every core (`nil` for files that cannot be read).
  static func digests(ofFiles paths: [String]) -> [String?] {
    ConcurrentMap.map(paths, digest(ofFile:))
  }

  /// The digest of a file's contents, or `nil` when it cannot be read.
  @Sendable static func digest(ofFile path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return data.withUnsafeBytes { digest(of: $0) }
  }

  /// Each field with its length first, so that no two sequences of fields hash alike.
  private mutating func addField(_ text: String) {
    // The length in decimal, `:`, then the text: where a field ends is never in doubt. Hashed from the
    // stack and from the string's own bytes, without a copy.
    var text = text
    var length = text.utf8.count
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      var start = buffer.count - 1
      buffer[start] = UInt8(ascii: ":")
      repeat {
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(length % 10)
        length /= 10
      } while length > 0
      hasher.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[start...])))
    }
    text.withUTF8 { hasher.update(UnsafeRawBufferPointer($0)) }
  }

  private static func hex(_ digest: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var result: [UInt8] = []
    for byte in digest {
      result.append(digits[Int(byte >> 4)])
      result.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: result, as: UTF8.self)
  }
}
