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
    let bytes = JSONOutput.encode(catalog)
    Golden.assertMatches(bytes, golden: Paths.docs.appendingPathComponent("generated/catalog.json"))
  }

  @Test func catalogJSONIsDeterministic() throws {
    let first = JSONOutput.encode(try DocSetFixture.build(Paths.docs).0)
    let second = JSONOutput.encode(try DocSetFixture.build(Paths.docs).0)
    #expect(first == second)
  }

  @Test func catalogRoundTripsThroughJSON() throws {
    let catalog = try DocSetFixture.build(Paths.docs).0
    let decoded = try JSONDecoder().decode(Catalog.self, from: Data(JSONOutput.encode(catalog)))
    #expect(decoded == catalog)
  }

  @Test func catalogValidatesAgainstTheSchema() throws {
    let catalog = try DocSetFixture.build(Paths.docs).0
    let result = try validate(JSONOutput.encode(catalog))
    #expect(result.status == 0, "\(result.output)\(result.standardError)")
  }

  @Test func schemaRejectsABrokenCatalog() throws {
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONOutput.encode(try DocSetFixture.build(Paths.docs).0)))
        as? [String: Any])
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
    let bytes = JSONOutput.encode(DocumentJSON.value(for: page.document, diagnostics: page.diagnostics))
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

/// The direct writer gives the bytes `JSONEncoder` gives, whatever the values.
@Suite("JSON writer")
struct JSONWriterTests {
  static func encoder(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return [UInt8](try encoder.encode(value)) + [0x0A]
  }

  @Test func catalogOfDocsIsWrittenAsJSONEncoderWritesIt() throws {
    let catalog = try DocSetFixture.build(Paths.docs).0
    Golden.assertSameBytes(JSONOutput.encode(catalog), try Self.encoder(catalog))
  }

  /// Entries are written a batch at a time (4,096 entries): a catalog of several batches, the last one
  /// partial, gives the same bytes, and the same bytes however they are handed out.
  @Test func aCatalogOfManyBatchesIsWrittenAsJSONEncoderWritesIt() throws {
    var catalog = try DocSetFixture.build(Paths.docs).0
    let entries = catalog.entries
    catalog.entries = (0..<9_001).map { index in
      var entry = entries[index % entries.count]
      entry.id += "-\(index)"
      return entry
    }
    var chunks: [[UInt8]] = []
    JSONOutput.encode(catalog) { chunks.append($0) }
    #expect(chunks.count > 3)
    Golden.assertSameBytes(Array(chunks.joined()), try Self.encoder(catalog))
  }

  /// Entries of a catalog with a field of every type, translated or not, with values that read and values
  /// that do not, in locales some entries lack (the source's among them), are written member by member as
  /// `JSONEncoder` writes them.
  @Test(arguments: [UInt64(31), 32])
  func typedEntriesAreWrittenAsJSONEncoderWritesThem(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    let texts = ["", "Sign-in failed", "0x8024A000", "5.7.1", "quote \" and \\", "日本語", "line\nbreak", "a/b"]
    let fields = CatalogFieldType.allCases.enumerated().map { index, type in
      CatalogField(
        name: ["zeta", "alpha", "Mid", "beta_2", "é", "omega", "b", "a1", "c", "d", "e"][index % 11] + "\(type)",
        type: type, header: ["en-US": ["\(type)"]], translated: index % 2 == 0)
    }
    let definition = CatalogDefinition(name: "Typed", pages: ["p.md"], fields: fields, key: [fields[0].name])
    func value(_ type: CatalogFieldType) -> CatalogValue {
      let text = texts.randomElement(using: &random)!
      let cell = CatalogText(text: text, markdown: "**\(text)**")
      switch (type, random.next() % 3) {
      case (_, 0): return CatalogValue(cell: cell, value: .invalid)
      case (.integer, _): return CatalogValue(cell: cell, value: .integer(Int(truncatingIfNeeded: random.next())))
      case (.code, _): return CatalogValue(cell: cell, value: .code(ErrorCode(value: random.next(), written: text)))
      case (.status, _):
        return CatalogValue(cell: cell, value: .status(StatusCode(reply: 550, status: "5.4.1", written: text)))
      case (.date, _): return CatalogValue(cell: cell, value: DocDate("2024-05-06").map(FieldValue.date) ?? .textual)
      case (.list, _), (.links, _): return CatalogValue(cell: cell, value: .strings([text, "x.md"]))
      default: return CatalogValue(cell: cell)
      }
    }
    let locales = ["en-US", "ja-JP", "de-DE", "zh-Hans"]
    let entries = (0..<60).map { index in
      var localized: [String: LocalizedEntry] = [:]
      for locale in locales where random.next() % 4 != 0 {
        localized[locale] = LocalizedEntry(
          values: fields.map { value($0.type) }, path: "\(locale)/p.md", line: index, fallback: random.next() % 2 == 0)
      }
      return CatalogEntry(id: "entry-\(index)", catalog: "Typed", page: "p", locales: localized)
    }
    let catalog = Catalog(
      sourceLocale: "en-US", locales: locales, catalogs: [definition],
      pages: [CatalogPage(id: "p", locale: "en-US", path: "en-US/p.md", title: nil, frontMatter: [:])], entries: entries
    )
    Golden.assertSameBytes(JSONOutput.encode(catalog), try Self.encoder(catalog))
  }

  /// A diagnostics report, written a batch at a time, gives the bytes of the report made whole.
  @Test(arguments: [0, 1, 9_001])
  func aLongDiagnosticsReportIsWrittenAsTheWholeOne(count: Int) {
    var random = SeededRandom(seed: UInt64(count))
    let severities: [Diagnostic.Severity] = [.error, .warning, .note]
    let diagnostics = (0..<count).map { index in
      Diagnostic(
        severities[index % 3], rule: "rule.\(index % 7)", AdversarialStrings.make(&random),
        file: "ja-JP/\(AdversarialStrings.make(&random)).md", line: index % 50, column: index % 9)
    }
    var chunks: [[UInt8]] = []
    DiagnosticReport.writeJSON(diagnostics) { chunks.append($0) }
    if count == 9_001 { #expect(chunks.count > 3) }
    Golden.assertSameBytes(Array(chunks.joined()), JSONOutput.encode(DiagnosticReport.json(diagnostics)))

    // SARIF: the log is written around a marker where the results go.
    let rules = [Rule("rule.0", .warning, "A rule"), Rule("rule.3", .error, "Another")]
    var sarifChunks: [[UInt8]] = []
    DiagnosticReport.writeSARIF(diagnostics, rules: rules, toolVersion: "9.9.9") { sarifChunks.append($0) }
    Golden.assertSameBytes(
      Array(sarifChunks.joined()),
      JSONOutput.encode(DiagnosticReport.sarif(diagnostics, rules: rules, toolVersion: "9.9.9")))
  }

  @Test(arguments: [UInt64(21), 22, 23, 24])
  func randomValuesAreWrittenAsJSONEncoderWritesThem(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    func value(_ depth: Int) -> JSONValue {
      switch random.next() % (depth > 3 ? 4 : 7) {
      case 0: return .null
      case 1: return .bool(random.next() % 2 == 0)
      case 2: return .integer(Int(truncatingIfNeeded: random.next()) >> Int(random.next() % 60))
      case 3: return .string(AdversarialStrings.make(&random) + String(UnicodeScalar(UInt8(random.next() % 128))))
      case 4: return .array((0..<Int(random.next() % 4)).map { _ in value(depth + 1) })
      case 5:
        var object: [String: JSONValue] = [:]
        for _ in 0..<Int(random.next() % 4) { object[AdversarialStrings.make(&random)] = value(depth + 1) }
        return .object(object)
      default: return .number([0.1, 1e20, 3.0, -0.5, 1e-7, 123.456][Int(random.next() % 6)])
      }
    }
    for _ in 0..<50 {
      let tree = JSONValue.object(["root": value(0)])
      #expect(JSONOutput.encode(tree) == (try Self.encoder(tree)), "seed \(seed)")
    }
  }
}
