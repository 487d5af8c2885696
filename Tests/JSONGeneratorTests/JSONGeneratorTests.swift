import DocModel
import DocParser
import DocTestSupport
import Foundation
import JSONGenerator
import Testing

@Suite("JSON output")
struct JSONGeneratorTests {
  static let folder = Paths.folder(of: #filePath)
  static let schema = Paths.docs.appendingPathComponent("schema/catalog.schema.json")

  /// The committed catalog of docs/ is the golden file: it fails when stale.
  @Test func committedCatalogOfDocsIsUpToDate() throws {
    let (catalog, diagnostics) = try DocSetFixture.build(Paths.docs)
    #expect(diagnostics.isEmpty)
    let bytes = try JSONOutput.encode(catalog)
    Golden.assertMatches(bytes, golden: Paths.docs.appendingPathComponent("generated/catalog.json"))
  }

  @Test func catalogJSONIsDeterministic() throws {
    let first = try JSONOutput.encode(try DocSetFixture.build(Paths.docs).0)
    let second = try JSONOutput.encode(try DocSetFixture.build(Paths.docs).0)
    #expect(first == second)
  }

  @Test func catalogRoundTripsThroughJSON() throws {
    let catalog = try DocSetFixture.build(Paths.docs).0
    let decoded = try JSONDecoder().decode(Catalog.self, from: Data(try JSONOutput.encode(catalog)))
    #expect(decoded == catalog)
  }

  @Test func catalogValidatesAgainstTheSchema() throws {
    let catalog = try DocSetFixture.build(Paths.docs).0
    let result = try validate(try JSONOutput.encode(catalog))
    #expect(result.status == 0, "\(result.output)\(result.standardError)")
  }

  @Test func schemaRejectsABrokenCatalog() throws {
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(try JSONOutput.encode(try DocSetFixture.build(Paths.docs).0))) as? [String: Any])
    var entries = try #require(object["entries"] as? [[String: Any]])
    entries[0]["locales"] = ["ja-JP": ["message": ["text": "x"]]]
    object["entries"] = entries
    let result = try validate([UInt8](try JSONSerialization.data(withJSONObject: object)))
    #expect(result.status == 1)
    #expect(result.output.contains("entries/0/locales/ja-JP"))
  }

  @Test func parseOutputOfEveryConstruct() throws {
    let fixture = Self.folder.appendingPathComponent("Fixtures/Everything.md")
    let page = MarkdownParser().parse(contentsOf: fixture.path, displayPath: "Fixtures/Everything.md")
    let bytes = try JSONOutput.encode(DocumentJSON.value(for: page.document, diagnostics: page.diagnostics))
    Golden.assertMatches(bytes, golden: Self.folder.appendingPathComponent("Golden/Everything.json"))
  }

  private func validate(_ bytes: [UInt8]) throws -> CommandResult {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID()).json")
    try Data(bytes).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let python = try #require(Command.which("python3"), "python3 is needed for the schema check")
    let script = Paths.repositoryRoot.appendingPathComponent("Scripts/validate-json-schema.py").path
    return try Command.run(python, [script, Self.schema.path, file.path])
  }
}
