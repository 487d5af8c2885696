import DocModel
import Foundation

/// A 128-bit digest (``SipHash128``) of everything a build reads: the tool itself, the options, and every file's path and
/// contents. Two builds with the same fingerprint produce the same outputs.
struct InputFingerprint {
  /// Every field added, each framed by its length: hashed at once when the digest is asked for, which costs
  /// less than feeding the hasher many short pieces.
  private var bytes: [UInt8] = []

  /// A fingerprint with room for `capacity` bytes of fields before it grows.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

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
  var digest: String { bytes.withUnsafeBytes { Self.digest(of: $0) } }

  /// A 64-bit checksum of everything added (``CacheChecksum``), in hex: for a key that a later build only
  /// compares with the one it makes, many times per build, where the digest's 128 bits cost more than
  /// they give.
  var checksum: String { bytes.withUnsafeBytes { CacheChecksum.of($0) } }

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

  /// Each field with its length first, so that no two sequences of fields hash alike: the length in
  /// decimal, `:`, then the text, so that where a field ends is never in doubt.
  private mutating func addField(_ text: String) {
    let count = text.utf8.count
    var divisor = 1
    while divisor <= count / 10 { divisor *= 10 }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(count / divisor % 10))
      divisor /= 10
    } while divisor > 0
    bytes.append(UInt8(ascii: ":"))
    bytes.append(contentsOf: text.utf8)
  }

  private static func hex(_ digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    return String(unsafeUninitializedCapacity: digest.count * 2) { buffer in
      for (index, byte) in digest.enumerated() {
        buffer[2 * index] = digits[Int(byte >> 4)]
        buffer[2 * index + 1] = digits[Int(byte & 0x0F)]
      }
      return digest.count * 2
    }
  }
}
