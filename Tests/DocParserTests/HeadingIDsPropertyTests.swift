import DocModel
import DocTestSupport
import Testing

/// ``HeadingIDs/assign(slugs:)`` numbers a taken id on from the last number its slug got; these tests hold it
/// to the plain reading of DocFX's rule, trying `-1`, `-2` … from the start for every heading.
@Suite("Heading ids, against trying every number from 1")
struct HeadingIDsPropertyTests {
  /// Slugs that collide with each other and with numbered ids: `a-1` is both a slug and `a`'s first number.
  static let slugs = ["", "a", "a-1", "a-2", "a-3", "a-1-1", "section", "section-1", "b", "b-1", "a-01", "a-0"]

  /// The plain rule, kept as the oracle.
  static func plainIDs(_ slugs: [String]) -> [String] {
    var taken: Set<String> = []
    return slugs.map { slug in
      let base = slug.isEmpty ? "section" : slug
      var id = base
      var counter = 0
      while taken.contains(id) {
        counter += 1
        id = "\(base)-\(counter)"
      }
      taken.insert(id)
      return id
    }
  }

  @Test(arguments: [91, 92, 93] as [UInt64])
  func numberingAgreesWithThePlainRule(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<3_000 {
      let slugs = (0..<Int(random.next() % 24)).map { _ in Self.slugs.randomElement(using: &random)! }
      #expect(HeadingIDs.assign(slugs: slugs) == Self.plainIDs(slugs), "\(slugs)")
    }
  }

  @Test func explicitNumberedHeadingsAfterManyEqualOnes() {
    let slugs = Array(repeating: "a", count: 50) + ["a-3", "a-51", "a", "a-52", "a", "", "section", ""]
    #expect(HeadingIDs.assign(slugs: slugs) == Self.plainIDs(slugs))
    #expect(Set(HeadingIDs.assign(slugs: slugs)).count == slugs.count)
  }
}
