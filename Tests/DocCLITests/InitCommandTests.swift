import DocModel
import DocParser
import DocTestSupport
import Foundation
import SwiftGenerator
import Testing

/// `doccatalog init` on doc sets made of corpus pages: what it proposes builds without edits, keeps every
/// column, validates against the catalog schema and finds known rows.
@Suite("doccatalog init")
struct InitCommandTests {
  /// A doc set of corpus pages, the lookups that must find a row, and the skipped tables init must explain.
  struct CorpusSet: CustomTestStringConvertible, Sendable {
    var name: String
    /// Corpus paths (relative to ../shared/corpus), or `docs/…` for the seed, and the locale folder for each.
    var pages: [(path: String, locale: String)]
    /// A text to look up, and a text the printed entry must hold.
    var lookups: [(query: String, finds: String)]
    /// The app lookups are narrowed to (the seed's messages repeat across apps).
    var lookupApp: String? = nil
    /// Texts `init` must print about tables it left out.
    var skipReasons: [String] = []
    /// A text the written configuration must hold.
    var configurationHolds: [String] = []

    var testDescription: String { name }
  }

  static let corpusSets: [CorpusSet] = [
    CorpusSet(
      name: "Power Automate",
      pages: [("pages/en-us/power-automate-invalid-credentials-error-codes.md", "en-US")],
      lookups: [("-1073741062", "Smart card logon is required"), ("0xC00002FA", "Smart card logon is required")],
      configurationHolds: ["type: code", "key: [\"errorCode\"]"]),
    CorpusSet(
      name: "IIS HRESULT",
      pages: [("pages/en-us/iis-http-500-0-hresult-errors.md", "en-US")],
      lookups: [("0x80070032", "HRESULT: 0x80070032"), ("80070035", "0x80070035")],
      // 0x8007007f is listed twice: the code alone is no key.
      configurationHolds: ["key: [\"errorMessage\"]", "\"hresultCode\":\n        type: code"]),
    CorpusSet(
      name: "Windows Update",
      pages: [("pages/en-us/windows-update-error-codes-missing-pipes.md", "en-US")],
      lookups: [
        ("0x8024A000", "WU_E_AU_NOSERVICE"), ("8024A000", "WU_E_AU_NOSERVICE"), ("-2145083392", "WU_E_AU_NOSERVICE"),
      ],
      configurationHolds: ["# 16 tables on 1 page"]),
    CorpusSet(
      name: "WDK",
      pages: [("pages/en-us/wdk-metadata-wizard-error-messages.md", "en-US")],
      lookups: [("The chosen file doesn't exist", "Correct the file path or name.")],
      configurationHolds: ["\"tool\":\n        type: enum"]),
    CorpusSet(
      name: "de-DE AAD provisioning",
      pages: [("pages/de-de/aad-provisioning-logs-error-codes.md", "de-DE")],
      lookups: [("TooManyRequests", "weil sie überlastet ist")],
      // The codes are names, not numbers: the key is looked up as a pattern.
      configurationHolds: ["lookup: [\"fehlercode\"]"]),
    CorpusSet(
      name: "ja-JP ESRT firmware",
      pages: [("pages/ja-jp/esrt-firmware-error-codes.md", "ja-JP")],
      lookups: [("3221225506", "STATUS_ACCESS_DENIED"), ("0xC0000022", "STATUS_ACCESS_DENIED")],
      skipReasons: ["skipped: no header names an error, code, message, status, event, cause or resolution column"],
      // Its rows are listed twice: no key tells them apart, and the configuration says so.
      configurationHolds: ["no column or pair of columns tells every row apart", "\"column2\":"]),
    CorpusSet(
      name: "zh-CN SQL Native Client",
      pages: [("pages/zh-cn/sql-native-client-password-error-codes.md", "zh-CN")],
      lookups: [("18487", "该帐户的密码已过期")],
      configurationHolds: ["\"code\":\n        type: code", "\"message\":\n        type: pattern"]),
    CorpusSet(
      name: "seed",
      pages: [
        ("docs/en-US/troubleshooting-api-connectors-using-error-messages.md", "en-US"),
        ("docs/ja-JP/troubleshooting-api-connectors-using-error-messages.md", "ja-JP"),
      ],
      lookups: [("HttpRequestFailure: Server returned: 401 Unauthorized", "Okta no longer accepts the stored token.")],
      lookupApp: "Okta",
      configurationHolds: [
        "\"ja-JP\": \"エラー メッセージ\"", "\"relevantApp\":\n        type: enum\n        any: \"All apps\"",
        "key: [\"errorMessage\", \"relevantApp\"]",
      ]),
  ]

  func run(_ arguments: [String]) throws -> CommandResult {
    try Command.run(Command.doccatalog, arguments)
  }

  /// A docs folder holding the set's pages, each in its locale folder.
  func folder(for set: CorpusSet) throws -> DocSetFixture {
    let fixture = try DocSetFixture([:])
    for (path, locale) in set.pages {
      let source =
        path.hasPrefix("docs/")
        ? Paths.repositoryRoot.appendingPathComponent(path) : Paths.shared.appendingPathComponent("corpus/" + path)
      let target = fixture.root.appendingPathComponent(locale).appendingPathComponent(source.lastPathComponent)
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: source, to: target)
    }
    return fixture
  }

  /// `init` on ../shared/corpus as it is laid out (locale folders under `pages/`, the seed's versions named by
  /// their locale): what it writes builds without edits, every catalog with entries, and a Windows Update
  /// code is found in every written form.
  @Test func initOnTheCorpusAsItIsBuildsEveryCatalogItProposes() throws {
    let fixture = try DocSetFixture([:])
    let root = fixture.root.path
    try FileManager.default.copyItem(atPath: Paths.shared.appendingPathComponent("corpus").path, toPath: root)
    try? FileManager.default.removeItem(atPath: root + "/doccatalog.yml")
    let proposed = try run(["init", root])
    #expect(proposed.status == 0, "\(proposed.standardError)")
    let json = root + "/out/catalog.json"
    let built = try run(["build", root, "--json", json])
    #expect(built.status == 0, "\(built.standardError)")
    #expect(!built.standardError.contains("missing-locale"), "\(built.standardError)")
    let catalog = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
    let names = try #require(catalog["catalogs"] as? [[String: Any]]).compactMap { $0["name"] as? String }
    let entries = try #require(catalog["entries"] as? [[String: Any]])
    #expect(names.count >= 8)
    for name in names { #expect(entries.contains { $0["catalog"] as? String == name }, "\(name) has entries") }
    for code in ["0x8024A000", "8024A000", "-2145083392"] {
      let found = try run(["lookup", "--docs", root, "--", code])
      #expect(found.output.contains("WU_E_AU_NOSERVICE"), "\(code): \(found.output)")
    }
  }

  @Test(arguments: corpusSets)
  func initProposesACatalogThatBuildsWithEveryColumn(_ set: CorpusSet) throws {
    let fixture = try folder(for: set)
    let root = fixture.root.path
    let proposed = try run(["init", root])
    #expect(proposed.status == 0, "\(proposed.standardError)")
    for reason in set.skipReasons { #expect(proposed.standardError.contains(reason), "\(proposed.standardError)") }
    let yaml = try String(contentsOfFile: root + "/doccatalog.yml", encoding: .utf8)
    for text in set.configurationHolds { #expect(yaml.contains(text), "\(yaml)") }

    let json = fixture.root.appendingPathComponent("out/catalog.json")
    // The schema of this doc set's own catalogs, made from the configuration `init` wrote.
    let schemaFile = json.deletingLastPathComponent().appendingPathComponent("catalog.schema.json")
    let built = try run(["build", root, "--json", json.path, "--schema", schemaFile.path])
    #expect(built.status == 0, "\(built.standardError)")
    let catalog = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
    let sourceLocale = try #require(catalog["sourceLocale"] as? String)
    let catalogs = try #require(catalog["catalogs"] as? [[String: Any]])
    #expect(catalogs.count == 1)

    // Every column of every table the catalog reads is one of its fields, in order.
    let sourcePage = try #require(set.pages.first { $0.locale == sourceLocale })
    let pageFile = fixture.root.appendingPathComponent(sourceLocale)
      .appendingPathComponent((sourcePage.path as NSString).lastPathComponent)
    let document = MarkdownParser().parse(contentsOf: pageFile.path, displayPath: pageFile.path).document
    for definition in catalogs {
      let fields = try #require(definition["fields"] as? [[String: Any]])
      let headers = fields.map { field in
        ((field["header"] as? [String: [String]])?[sourceLocale]?.first).map(CatalogTableReader.normalize)
      }
      #expect(fields.allSatisfy { ($0["type"] as? String)?.isEmpty == false })
      let read = document.tables.filter { table in
        table.header.cells.contains { CatalogTableReader.normalize($0.text) == headers[0] }
      }
      #expect(!read.isEmpty)
      for table in read {
        #expect(table.columnCount == fields.count)
        #expect(table.header.cells.map { CatalogTableReader.normalize($0.text) } == headers)
      }
    }

    let schema = schemaFile.path
    let python = try #require(Command.which("python3"), "python3 is needed for the schema check")
    let script = Paths.repositoryRoot.appendingPathComponent("Scripts/validate-json-schema.py").path
    let valid = try Command.run(python, [script, schema, json.path])
    #expect(valid.status == 0, "\(valid.output)\(valid.standardError)")

    for (query, finds) in set.lookups {
      let app = set.lookupApp.map { ["--app", $0] } ?? []
      let found = try run(["lookup", "--catalog", json.path] + app + ["--", query])
      #expect(found.status == 0, "\(query): \(found.standardError)")
      #expect(found.output.contains(finds), "\(query): \(found.output)")
      #expect(!found.output.contains("entries match equally well"), "\(query): \(found.output)")
    }
  }

  /// The Swift source of the catalog `init` proposes compiles in Swift 6 mode, declared public or internal,
  /// with its translations as literals or read from the String Catalog.
  @Test(arguments: corpusSets)
  func generatedSwiftCompilesWithEitherAccess(_ set: CorpusSet) throws {
    let fixture = try folder(for: set)
    let proposed = try run(["init", fixture.root.path])
    #expect(proposed.status == 0, "\(proposed.standardError)")
    let (catalog, diagnostics) = try DocSetFixture.build(fixture.root)
    #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.formatted))")
    #expect(!catalog.entries.isEmpty)
    for access in SwiftAccess.allCases {
      for strings in SwiftStrings.allCases {
        let source = try SwiftCatalogGenerator(access: access, strings: strings).generate(catalog, command: "test")
        #expect(source.contains("\n\(access.rawValue) enum "))
        let result = try SwiftCompiler.typecheck(source)
        #expect(result.status == 0, "\(access), \(strings): \(result.standardError.prefix(3000))")
      }
    }
  }

  @Test func anExistingConfigurationIsKeptWithoutForce() throws {
    let fixture = try folder(for: Self.corpusSets[0])
    let path = fixture.root.appendingPathComponent("doccatalog.yml")
    try Data("sourceLocale: en-US\n".utf8).write(to: path)
    let refused = try run(["init", fixture.root.path])
    #expect(refused.status == 2)
    #expect(refused.standardError.contains("exists; use --force to replace it"))
    #expect(try String(contentsOf: path, encoding: .utf8) == "sourceLocale: en-US\n")

    let printed = try run(["init", fixture.root.path, "--dry-run"])
    #expect(printed.status == 0)
    #expect(printed.output.contains("- name: \"PowerAutomateInvalidCredentialsErrorCodes\""))
    #expect(try String(contentsOf: path, encoding: .utf8) == "sourceLocale: en-US\n")

    let forced = try run(["init", fixture.root.path, "--force"])
    #expect(forced.status == 0, "\(forced.standardError)")
    #expect(try String(contentsOf: path, encoding: .utf8) == printed.output)
  }

  /// Headers are untrusted: any text reads back from the YAML as written, and field names are identifiers.
  @Test func headersWithYAMLSyntaxRoundTripAndNamesAreIdentifiers() throws {
    let headers = [
      "Error: code # \"x\" \\ 'y'", "Message<br>evil: true", "エラー メッセージ", "Cause\u{2028}x: [1]", "&anchor *alias",
    ]
    let page = """
      # Errors

      |\(headers.joined(separator: "|"))|
      |---|---|---|---|---|
      |0x80070005|Access denied|a|b|c|
      |0x80070002|File not found|d|e|f|

      """
    let fixture = try DocSetFixture(["en-US/errors.md": page])
    let proposed = try run(["init", fixture.root.path])
    #expect(proposed.status == 0, "\(proposed.standardError)")
    let yaml = try String(contentsOfFile: fixture.root.path + "/doccatalog.yml", encoding: .utf8)
    // ASCII words of each header; a header of no Latin words and no known role is named by its place.
    for name in ["errorCodeXY", "messageEvilTrue", "column3", "causeX1", "anchorAlias"] {
      #expect(yaml.contains("\n      \"\(name)\":\n"), "\(name): \(yaml)")
    }

    let json = fixture.root.appendingPathComponent("catalog.json")
    let built = try run(["build", fixture.root.path, "--json", json.path])
    #expect(built.status == 0, "\(built.standardError)")
    let catalog = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
    let fields = try #require((catalog["catalogs"] as? [[String: Any]])?.first?["fields"] as? [[String: Any]])
    let written = fields.map { ($0["header"] as? [String: [String]])?["en-US"]?.first }
    let document = MarkdownParser().parse(contentsOf: fixture.root.path + "/en-US/errors.md", displayPath: "e")
    let expected = document.document.tables[0].header.cells.map { String($0.text.trimmingWhitespace()) }
    #expect(written == expected)
    #expect(((catalog["entries"] as? [Any])?.count) == 2)
  }

  /// Each type is inferred from the cells, and the key from the first unique code column.
  @Test func typesAreInferredFromTheValues() throws {
    let page = """
      # Errors

      |Event|Error code|Status|Date|Fix|App|Steps|Cause|Notes|
      |---|---|---|---|---|---|---|---|---|
      |4625|0x80070005|5.7.1|2024-01-05|[fix](a.md)|Word|Open<br>Close|It **broke**|One|
      |4626|0x80070002|550 5.4.1|2024-02-05|[fix](b.md)|Word|Open<br>Save|It failed|Two|
      |4627|0x80070003|4.4.7|2024-03-05|[fix](c.md) [more](d.md)|Excel|Run<br>Stop|It hung|Three|
      |4628|0x80070004|5.1.1|2024-04-05|[fix](e.md)|Excel|Run<br>Quit|It stopped|Four|

      """
    let fixture = try DocSetFixture(["en-US/errors.md": page])
    let printed = try run(["init", fixture.root.path, "--output", "-"])
    #expect(printed.status == 0, "\(printed.standardError)")
    let expected = [
      ("event", "integer"), ("errorCode", "code"), ("status", "status"), ("date", "date"), ("fix", "links"),
      ("app", "enum"), ("steps", "list"), ("cause", "markdown"), ("notes", "text"),
    ]
    for (name, type) in expected {
      #expect(printed.output.contains("\"\(name)\":\n        type: \(type)\n"), "\(name): \(printed.output)")
    }
    #expect(printed.output.contains("key: [\"errorCode\"]"))
    #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/doccatalog.yml"))
  }

  /// Two tables of different columns on one page sharing the key column would be read as one catalog's: init
  /// says so instead of proposing a catalog that reports missing columns.
  @Test func tablesThatWouldBeReadTogetherAreSkippedWithTheirReason() throws {
    let page = """
      # Errors

      |Error code|Message|
      |---|---|
      |0x80070005|Access denied|

      |Error code|Message|Resolution|
      |---|---|---|
      |0x80070002|File not found|Restore it|

      |Name|Value|
      |---|---|
      |a|b|

      """
    let fixture = try DocSetFixture(["en-US/errors.md": page])
    let proposed = try run(["init", fixture.root.path])
    #expect(proposed.status == 0, "\(proposed.standardError)")
    #expect(proposed.standardError.contains("errors.md:3: skipped: line 7 of its page has a table of other columns"))
    #expect(proposed.standardError.contains("errors.md:7: skipped: line 3 of its page has a table of other columns"))
    #expect(proposed.standardError.contains("errors.md:11: skipped: no header names an error"))
    let yaml = try String(contentsOfFile: fixture.root.path + "/doccatalog.yml", encoding: .utf8)
    #expect(yaml.contains("catalogs: []"))
    let built = try run(["build", fixture.root.path, "--json", fixture.root.path + "/c.json"])
    #expect(built.status == 0, "\(built.standardError)")
  }
}
