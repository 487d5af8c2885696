import Foundation
import Testing

@testable import DocBuild

/// The checksum a page result carries of its body: any one byte changed, a byte dropped or the body cut
/// short gives another checksum, and the result is not used.
@Suite("The cache files' checksum")
struct CacheChecksumTests {
  static func checksum(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes { CacheChecksum.of($0) }
  }

  @Test func anyOneByteChangedOrCutGivesAnotherChecksum() {
    for length in [0, 1, 7, 8, 9, 16, 63, 200] {
      let body = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
      let original = Self.checksum(body)
      #expect(original.utf8.count == 16)
      #expect(Self.checksum(body) == original, "the same bytes, the same checksum")
      for index in body.indices {
        for flip: UInt8 in [0x01, 0x80, 0xFF] {
          var changed = body
          changed[index] ^= flip
          #expect(Self.checksum(changed) != original, "byte \(index) of \(length) changed by \(flip)")
        }
        var dropped = body
        dropped.remove(at: index)
        #expect(Self.checksum(dropped) != original, "byte \(index) of \(length) dropped")
      }
      if length > 0 {
        #expect(Self.checksum(Array(body.dropLast())) != original)
        #expect(Self.checksum(body + [0]) != original, "a zero byte appended")
      }
    }
  }
}
