import DocModel
import DocTestSupport
import Testing

@testable import JSONGenerator

/// Values written straight into the catalog JSON are the bytes the generic writer gives for their JSON.
@Suite("Catalog values in the JSON")
struct CatalogValueJSONPropertyTests {
  static let pieces = ["x", "Okta", " ", "\"", "\\", "\n", "é", "日本", "[a](b.md)", "**b**", "<br>", "\u{1}"]
  static let types: [CatalogFieldType] = [.text, .markdown, .pattern, .enum, .links, .list, .integer, .code, .date]

  static func text(_ random: inout SeededRandom) -> String {
    (0..<Int(random.next() % 6)).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  @Test(arguments: [101, 102] as [UInt64])
  func directWritingAgreesWithTheGenericWriter(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<3_000 {
      let type = Self.types.randomElement(using: &random)!
      let cell = CatalogText(text: Self.text(&random), markdown: Self.text(&random))
      let value: FieldValue
      switch random.next() % 4 {
      case 0: value = .textual
      case 1: value = .strings((0..<Int(random.next() % 4)).map { _ in Self.text(&random) })
      case 2: value = .integer(Int(truncatingIfNeeded: random.next() % 1000))
      default: value = .invalid
      }
      let catalogValue = CatalogValue(cell: cell, value: value)
      let indent = Int(random.next() % 8)
      var direct: [UInt8] = []
      CatalogValueJSON.write(catalogValue, as: type, indent: indent, into: &direct)
      var generic: [UInt8] = []
      JSONWriter.write(catalogValue.json(as: type), indent: indent, into: &generic)
      #expect(
        direct == generic,
        "\(type) \(catalogValue): \(String(decoding: direct, as: UTF8.self)) vs \(String(decoding: generic, as: UTF8.self))"
      )
    }
  }
}
