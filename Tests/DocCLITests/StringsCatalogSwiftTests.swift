import DocTestSupport
import Foundation
import Testing

/// `build --swift-strings catalog` (or `swift: {strings: catalog}`): the generated Swift holds the source
/// locale's texts only and reads translations from the String Catalog `--xcstrings` writes, by its keys.
@Suite("Swift reading the String Catalog")
struct StringsCatalogSwiftTests {
  /// The project's docs built into the Swift source and the String Catalog `Errors.xcstrings`.
  static func build(_ arguments: [String]) throws -> (swift: String, xcstrings: [String: Any]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "doccatalog-strings-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let swift = folder.appendingPathComponent("Catalog.swift")
    let xcstrings = folder.appendingPathComponent("Errors.xcstrings")
    let result = try Command.run(
      Command.doccatalog,
      [
        "build", Paths.docs.path, "--swift", swift.path, "--xcstrings", xcstrings.path, "--no-config-outputs",
        "--no-cache",
        "--quiet",
      ] + arguments)
    #expect(result.status == 0, "\(result.standardError)")
    let catalog = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: xcstrings)) as? [String: Any])
    return (try String(contentsOf: swift, encoding: .utf8), catalog)
  }

  /// Every capture of `pattern`'s first group in `text`.
  static func captures(_ pattern: String, in text: String) throws -> [String] {
    let expression = try NSRegularExpression(pattern: pattern)
    return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  /// The keys the Swift reads (each entry's id and each field `localized(bundle:)` reads) are the String
  /// Catalog's keys of translatable texts, and its table is the String Catalog's name.
  @Test func theSwiftReadsTheStringCatalogsKeys() throws {
    let (swift, catalog) = try Self.build(["--swift-strings", "catalog"])
    #expect(swift.contains("  internal static let stringsTable = \"Errors\"\n"))
    let ids = try Self.captures(#"\n    id: "([^"\\]+)",\n"#, in: swift)
    let fields = try Self.captures(#"text\("([^"\\]+)", source\."#, in: swift)
    #expect(ids.count == 31)
    #expect(fields == ["app", "description", "resolution"])
    let strings = try #require(catalog["strings"] as? [String: [String: Any]])
    let translatable = Set(strings.filter { ($0.value["shouldTranslate"] as? Bool) != false }.keys)
    let read = Set(ids.flatMap { id in fields.map { "\(id).\($0)" } })
    #expect(read == translatable)
    #expect(!strings.isEmpty && strings.count > translatable.count, "the message is in the catalog, not translated")
  }

  /// Without translations in the file, it is smaller; the source locale's texts stand in where Foundation
  /// reads no String Catalog (here), and errors read the same texts.
  @Test func theSourceTextsStandInOnLinux() throws {
    let (literals, _) = try Self.build([])
    let (swift, _) = try Self.build(["--swift-strings", "catalog"])
    #expect(!literals.contains("stringsTable"))
    #expect(literals.contains("Entry.Localized(locale: \"ja-JP\""))
    #expect(!swift.contains("Entry.Localized(locale: \"ja-JP\""))
    #expect(swift.utf8.count < literals.utf8.count * 9 / 10)
    let main = """
      import Foundation
      let entry = AppConnectorErrors.entries[1]
      let text = entry.localized(bundle: .main)
      print(text.locale, text.isFallback, text.resolution == entry.source.resolution)
      print(AppConnectorErrors.entries.allSatisfy { $0.localizations.count == 1 })
      print(entry.errorDescription == entry.message, entry.recoverySuggestion == entry.source.resolution)
      """
    let result = try SwiftCompiler.compileAndRun(["Catalog.swift": swift, "main.swift": main])
    #expect(result.output == "en-US false true\ntrue\ntrue true\n", "\(result.standardError)")
  }

  /// The branch for Apple platforms, which a Linux build leaves out, typechecks too (Linux Foundation has the
  /// bundle calls it makes), in Swift 6 mode, declared public or internal.
  @Test(arguments: ["internal", "public"])
  func bothBranchesTypecheck(_ access: String) throws {
    let (swift, _) = try Self.build(["--swift-strings", "catalog", "--swift-access", access])
    #expect(swift.contains("  #if canImport(Darwin)\n"))
    for source in [swift, swift.replacingOccurrences(of: "#if canImport(Darwin)", with: "#if true")] {
      let result = try SwiftCompiler.typecheck(source)
      #expect(result.status == 0, "\(result.standardError.prefix(3000))")
    }
  }

  /// The configuration's `swift: {strings: catalog, table: …}` does the same as the options.
  @Test func theConfigurationAsksForTheCatalog() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration + "\nswift: {strings: catalog, table: AppTexts}\n",
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
    ])
    let file = fixture.root.appendingPathComponent("Catalog.swift")
    let result = try Command.run(Command.doccatalog, ["build", fixture.root.path, "--swift", file.path, "--no-cache"])
    #expect(result.status == 0, "\(result.standardError)")
    let swift = try String(contentsOf: file, encoding: .utf8)
    #expect(swift.contains("static let stringsTable = \"AppTexts\""))
    #expect(!swift.contains("説明"))
  }

  /// Without `table`, the table is the name of the String Catalog the configuration writes, also in a build
  /// that writes the Swift alone (as the build-tool plugin does).
  @Test func theTableIsTheConfiguredStringCatalogsName() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration
        + "\nswift: {strings: catalog}\noutputs: {xcstrings: Resources/AppTexts.xcstrings}\n",
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
    ])
    let file = fixture.root.appendingPathComponent("Catalog.swift")
    let result = try Command.run(
      Command.doccatalog, ["build", fixture.root.path, "--swift", file.path, "--no-config-outputs", "--no-cache"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try String(contentsOf: file, encoding: .utf8).contains("static let stringsTable = \"AppTexts\""))
    #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("Resources").path))
  }
}
