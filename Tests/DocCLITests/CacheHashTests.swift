import Foundation
import Testing

@testable import DocBuild

/// The build cache's content hash: SipHash-2-4 with 128-bit output, held to the published reference vectors,
/// and a digest that moves with any byte of its input.
@Suite("The cache's content hash")
struct CacheHashTests {
  /// The reference key 00 01 … 0f as two little-endian words.
  let referenceKey: (UInt64, UInt64) = (0x0706_0504_0302_0100, 0x0f0e_0d0c_0b0a_0908)

  /// Vectors of the SipHash reference implementation (`vectors_sip128`): the hash of the bytes 00 01 … of
  /// each length.
  static let vectors: [(length: Int, hex: String)] = [
    (0, "a3817f04ba25a8e66df67214c7550293"),
    (1, "da87c1d86b99af44347659119b22fc45"),
    (7, "a1f1ebbed8dbc153c0b84aa61ff08239"),
    (8, "3b62a9ba6258f5610f83e264f31497b4"),
    (15, "5493e99933b0a8117e08ec0f97cfc3d9"),
    (63, "5150d1772f50834a503e069a973fbd7c"),
  ]

  static func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
  }

  @Test(arguments: vectors)
  func matchesTheReferenceVectors(vector: (length: Int, hex: String)) {
    let input = (0..<vector.length).map { UInt8($0) }
    var hasher = SipHash128(key: referenceKey)
    hasher.update(input)
    #expect(Self.hex(hasher.finalize()) == vector.hex)
  }

  /// However the input is cut into pieces, the digest is that of the whole.
  @Test(arguments: vectors)
  func piecesHashAsTheWhole(vector: (length: Int, hex: String)) {
    let input = (0..<vector.length).map { UInt8($0) }
    for cut in 0...input.count {
      for second in cut...input.count {
        var hasher = SipHash128(key: referenceKey)
        hasher.update(Array(input[..<cut]))
        hasher.update(Array(input[cut..<second]))
        hasher.update(Array(input[second...]))
        #expect(Self.hex(hasher.finalize()) == vector.hex, "cut at \(cut) and \(second)")
      }
    }
  }

  /// A file's digest changes when any one of its bytes does, and two files with the same bytes agree.
  @Test func everyChangedByteChangesAFilesDigest() throws {
    let folder = NSTemporaryDirectory() + "doccatalog-hash-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let original = Array("| Error | Resolution |\n|---|---|\n| 400 | Check the request. |\n".utf8)
    try Data(original).write(to: URL(fileURLWithPath: folder + "/page.md"))
    let digest = try #require(InputFingerprint.digest(ofFile: folder + "/page.md"))
    #expect(digest.count == 32)
    try Data(original).write(to: URL(fileURLWithPath: folder + "/copy.md"))
    #expect(InputFingerprint.digest(ofFile: folder + "/copy.md") == digest)
    var seen: Set<String> = [digest]
    for index in original.indices {
      var changed = original
      changed[index] ^= 0x01
      try Data(changed).write(to: URL(fileURLWithPath: folder + "/page.md"))
      let new = try #require(InputFingerprint.digest(ofFile: folder + "/page.md"))
      #expect(!seen.contains(new), "byte \(index)")
      seen.insert(new)
    }
  }

  /// Fields are length-prefixed: moving a character from one field to the next changes the fingerprint.
  @Test func fieldBoundariesCount() {
    var first = InputFingerprint()
    first.add("ab", "c")
    var second = InputFingerprint()
    second.add("a", "bc")
    #expect(first.digest != second.digest)
  }

  /// Each field counts as its length in decimal, `:` and its bytes, however long it is.
  @Test func fieldsAreHashedAsTheirLengthAndBytes() {
    var fingerprint = InputFingerprint()
    fingerprint.add("label", "välue")
    fingerprint.add("", String(repeating: "x", count: 12_345))
    let plain = Array("5:label6:välue0:12345:".utf8) + Array(repeating: UInt8(ascii: "x"), count: 12_345)
    #expect(fingerprint.digest == plain.withUnsafeBytes { InputFingerprint.digest(of: $0) })
  }
}
