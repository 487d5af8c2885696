import DocModel
import DocParser
import DocTestSupport
import Foundation
import SwiftGenerator
import Testing

/// The generated Swift: pinned by a golden file, compiled in Swift 6 mode, and run.
@Suite("Generated Swift catalog", .serialized)
struct GeneratedCatalogTests {
  static let folder = Paths.folder(of: #filePath)
  static let command = "doccatalog build docs --swift AppConnectorErrors.swift"

  static func docsSource() throws -> (Catalog, String) {
    let (catalog, _) = try DocSetFixture.build(Paths.docs)
    return (catalog, try SwiftCatalogGenerator().generate(catalog, command: command))
  }

  @Test func generatedFileForDocsMatchesTheGolden() throws {
    let (_, source) = try Self.docsSource()
    Golden.assertMatches(source, golden: Self.folder.appendingPathComponent("Golden/AppConnectorErrors.swift"))
  }

  @Test func generatedFileTypechecksInSwift6Mode() throws {
    let (_, source) = try Self.docsSource()
    let result = try SwiftCompiler.typecheck(source)
    #expect(result.status == 0, "\(result.standardError.prefix(3000))")
  }

  @Test func builtInTemplateIsTheOneInTemplatesFolder() throws {
    let fromFolder = try SwiftCatalogGenerator(
      templatesDirectory: Paths.repositoryRoot.appendingPathComponent("Templates").path)
    let (catalog, source) = try Self.docsSource()
    #expect(
      fromFolder.generate(catalog, command: Self.command) == source,
      "Sources/SwiftGenerator/DefaultTemplates.swift is stale: run 'make templates'")
  }

  /// Lookups in the compiled code agree with `Catalog.lookup` (and so with `doccatalog lookup`).
  @Test func compiledLookupAgreesWithTheCatalog() throws {
    let (catalog, source) = try Self.docsSource()
    var main = "import Foundation\n"
    for error in RealisticErrors.cases {
      let app = error.app.map { "AppConnectorErrors.App(rawValue: \(SwiftLiteral.string($0)))!" } ?? "nil"
      main += "print(AppConnectorErrors.lookup(\(SwiftLiteral.string(error.text)), app: \(app))?.id ?? \"-\")\n"
    }
    main += """
      let okta = AppConnectorErrors.lookup("HttpRequestFailure: Server returned: 401 Unauthorized", app: .okta)!
      print(okta.localized(for: "ja-JP").resolution)
      print(okta.localized(for: Locale(identifier: "ja")).descriptionText)
      print(okta.localized(for: "fr-FR").locale)
      print(AppConnectorErrors.entries.count, AppConnectorErrors.App.allCases.count)

      """
    let result = try SwiftCompiler.compileAndRun(["AppConnectorErrors.swift": source, "main.swift": main])
    #expect(result.status == 0, "\(result.standardError.prefix(3000))")
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let expected = RealisticErrors.cases.map { catalog.lookup($0.text, app: $0.app)?.id ?? "-" }
    #expect(Array(lines.prefix(expected.count)) == expected)
    #expect(
      Array(lines.dropFirst(expected.count).prefix(4)) == [
        "プロセスに従って Okta を Cloud App Security に接続し直してください。",
        "Okta トークンが有効ではありません。",
        "en-US",
        "31 10",
      ])
  }

  /// Property test: whatever the strings, the compiled values equal the catalog's, byte for byte.
  @Test(arguments: [UInt64(1), 2, 3])
  func adversarialStringsSurviveExactly(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    var entries: [CatalogEntry] = []
    for index in 0..<40 {
      func text() -> CatalogText { CatalogText(text: AdversarialStrings.make(&random), markdown: "") }
      var locales: [String: LocalizedEntry] = [:]
      for locale in ["en-US", "ja-JP"] {
        locales[locale] = SeedFields.entry(
          message: text(), app: text(), description: text(), resolution: text(), path: "p.md", line: index + 1,
          fallback: random.next() % 2 == 0)
      }
      locales["ja-JP"]!.app = locales["en-US"]!.app
      entries.append(
        CatalogEntry(
          id: "entry-\(index)-" + AdversarialStrings.make(&random), catalog: "Weird", page: "p", locales: locales))
    }
    let catalog = Catalog(
      sourceLocale: "en-US", locales: ["en-US", "ja-JP"],
      catalogs: [SeedFields.definition("Weird")],
      pages: [CatalogPage(id: "p", locale: "en-US", path: "en-US/p.md", title: nil, frontMatter: [:])], entries: entries
    )
    let source = try SwiftCatalogGenerator().generate(
      catalog, command: "doccatalog build \"weird\\docs\" --swift */x.swift")

    let main = """
      func hex(_ text: String) -> String { text.utf8.map { String($0, radix: 16) }.joined(separator: ".") }
      for entry in Weird.entries {
        print(hex(entry.id), hex(entry.message), hex(entry.app.rawValue))
        for localized in entry.localizations {
          print(hex(localized.locale), hex(localized.message), hex(localized.app), hex(localized.descriptionText), hex(localized.resolution), localized.isFallback)
        }
      }

      """
    let result = try SwiftCompiler.compileAndRun(["Weird.swift": source, "main.swift": main])
    #expect(result.status == 0, "seed \(seed): \(result.standardError.prefix(3000))")
    func hex(_ text: String) -> String { text.utf8.map { String($0, radix: 16) }.joined(separator: ".") }
    var expected: [String] = []
    for entry in entries {
      let source = entry.locales["en-US"]!
      expected.append([hex(entry.id), hex(source.message.text), hex(source.app.text)].joined(separator: " "))
      for locale in ["en-US", "ja-JP"] {
        let localized = entry.locales[locale]!
        expected.append(
          [
            hex(locale), hex(localized.message.text), hex(localized.app.text), hex(localized.description.text),
            hex(localized.resolution.text), "\(localized.fallback)",
          ].joined(separator: " "))
      }
    }
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.count == expected.count, "seed \(seed)")
    for (index, (line, want)) in zip(lines, expected).enumerated() where line != want {
      Issue.record(
        "seed \(seed), line \(index + 1) differs:\n  compiled: \(line.prefix(300))\n  catalog:  \(want.prefix(300))")
      break
    }
  }
}
