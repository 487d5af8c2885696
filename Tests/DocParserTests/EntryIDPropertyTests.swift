import DocTestSupport
import Testing

@testable import DocParser

/// Entry ids are made on bytes; these tests hold them to the reading on strings they replaced, which
/// published ids depend on: an id that changed would break every app that stored one.
@Suite("Entry ids, against the reading on strings")
struct EntryIDPropertyTests {
  /// Ids as they were first made: the texts joined, slugged, cut on characters, and the key hashed joined.
  static func reference(key: [String], app: String?, message: String) -> String {
    var slug = slugify([app ?? "", message].filter { !$0.isEmpty }.joined(separator: " "))
    if slug.count > EntryID.maximumSlugLength {
      slug = String(slug.prefix(EntryID.maximumSlugLength))
      if let cut = slug.lastIndex(of: "-"),
        slug.distance(from: slug.startIndex, to: cut) > EntryID.maximumSlugLength / 2
      {
        slug = String(slug[..<cut])
      }
    }
    if slug.isEmpty { slug = "entry" }
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.joined(separator: "\u{1F}").utf8 {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01B3
    }
    let hex = String(value >> 32, radix: 16)
    return slug + "-" + String(repeating: "0", count: 8 - hex.count) + hex
  }

  static func slugify(_ text: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in text.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) {
        if pendingDash && !result.isEmpty { result += "-" }
        pendingDash = false
        result += String(scalar).lowercased()
      } else {
        pendingDash = true
      }
    }
    return result
  }

  static let pieces = [
    "Okta", "HttpRequestFailure", ":", " ", "  ", "-", "--", "401", "0", "x", "Z", "é", "日本語", "\u{1F}", "(", "_",
    "server returned", "\t", "\n", "Ｚ", "a-b", "",
  ]

  func text(_ random: inout SeededRandom, upTo count: UInt64) -> String {
    (0..<Int(random.next() % count)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
  }

  @Test(arguments: [71, 72, 73] as [UInt64])
  func idsAreTheSameAsOnStrings(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var long = 0
    for _ in 0..<5_000 {
      // Up to about 150 bytes of message, so that slugs are cut at 60 with and without a dash to cut at.
      let message = text(&random, upTo: 24)
      let app: String? = random.next() % 4 == 0 ? nil : text(&random, upTo: 3)
      let key = [message, app ?? "", text(&random, upTo: 3)].prefix(1 + Int(random.next() % 3))
      let made = EntryID.make(key: Array(key), named: [app ?? "", message])
      #expect(
        made == Self.reference(key: Array(key), app: app, message: message),
        "\(message.debugDescription), \(app.debugDescription), \(key)")
      if made.utf8.count > EntryID.maximumSlugLength { long += 1 }
    }
    #expect(long > 200, "slugs long enough to be cut")
  }

  @Test func anIdReadsAsItsAppAndMessage() {
    #expect(
      EntryID.make(
        key: ["HttpRequestFailure: Server returned: 401 Unauthorized", "Okta"],
        named: ["Okta", "HttpRequestFailure: Server returned: 401 Unauthorized"]
      )
      .hasPrefix("okta-httprequestfailure-server-returned-401-unauthorized-"))
    #expect(EntryID.make(key: [""], named: ["", "日本語"]).hasPrefix("entry-"))
  }
}
