import DocTestSupport
import Testing

@testable import SwiftGenerator

/// An entry's property is named after its id without the hash; ASCII ids are cut on bytes, and must be cut
/// as the character-level reading cuts them.
@Suite("Entry property names")
struct EntryPropertyNameTests {
  static let pieces = ["a", "okta", "401", "-", "--", "5c1d2e7a", "é", "\u{301}", "日本", "x-"]

  @Test(arguments: [UInt64(51), 52, 53])
  func slugsAgreeWithTheCharacterLevelReading(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<3_000 {
      let id = (0..<Int(random.next() % 7)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
      let expected = id.split(separator: "-").dropLast().joined(separator: "-")
      #expect(SwiftCatalogContext.slug(ofID: id) == expected, "\(id.debugDescription)")
    }
  }

  @Test func theHashIsLeftOut() {
    #expect(SwiftCatalogContext.slug(ofID: "okta-server-returned-401-5c1d2e7a") == "okta-server-returned-401")
    #expect(SwiftCatalogContext.slug(ofID: "entry-5c1d2e7a") == "entry")
    #expect(SwiftCatalogContext.slug(ofID: "--a--b-") == "a")
  }
}
