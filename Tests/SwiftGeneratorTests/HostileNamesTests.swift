import DocModel
import DocTestSupport
import Foundation
import SwiftGenerator
import Testing

/// Names from the docs that Swift reads as something else: catalogs named after keywords or the types the
/// generated code uses, and entries whose property would be a member the catalog's type declares itself.
@Suite("Generated Swift with hostile names", .serialized)
struct HostileNamesTests {
  /// Every reserved type name as a catalog, with a catalog already named as a renamed one would be, and rows
  /// whose symbols would be `sourceLocale`, `entries`, `locales` and `lookup` (which get `Entry` after them), or
  /// keywords.
  static func hostileSource() throws -> String {
    let names = SwiftIdentifier.reservedTypeNames.sorted() + ["StringCatalog", "Errors"]
    let catalogs = names.map { name in
      "  - name: \"\(name)\"\n    pages: [errors.md]\n    columns: {message: {en-US: Error message}, app: {en-US: App}}\n"
    }
    let rows = [
      "|Locale|Source|", "|entries||", "|locales||", "|lookup||", "|sourceLocale||", "|self||", "|init||",
      "|Type|Protocol|", "|rawValue|allCases|", "|x|self|", "|entries 2||",
    ]
    let fixture = try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US]\ncatalogs:\n" + catalogs.joined(),
      "en-US/errors.md": "# Errors\n\n|Error message|App|\n|-|-|\n" + rows.joined(separator: "\n") + "\n",
    ])
    let (catalog, diagnostics) = try fixture.build()
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    #expect(catalog.catalogs.count == names.count)
    return try SwiftCatalogGenerator().generate(catalog, command: "doccatalog build docs --swift Hostile.swift")
  }

  @Test func hostileNamesTypecheck() throws {
    let source = try Self.hostileSource()
    let result = try SwiftCompiler.typecheck(source, name: "Hostile.swift")
    #expect(result.status == 0, "\(result.standardError.prefix(3000))")
    for declaration in [
      "public enum StringCatalog2: Sendable", "public enum StringCatalog: Sendable",
      "public enum classCatalog: Sendable",
      "public enum _Catalog: Sendable", "public enum selfCatalog: Sendable", "public enum Errors: Sendable",
      "public static let sourceLocaleEntry = Entry(", "public static let entriesEntry = Entry(",
      "public static let localesEntry = Entry(", "public static let lookupEntry = Entry(",
      "public static let entries2 = Entry(", "public static let `self` = Entry(",
      "public static let xSelf = Entry(",
    ] {
      #expect(source.contains("\n" + declaration) || source.contains("  " + declaration), "\(declaration)")
    }
  }

  @Test func typeNamesAreKeptRenamedOrNumbered() {
    #expect(
      SwiftIdentifier.typeNames(["String", "StringCatalog", "Errors", "Errors", "Errors2", "_", "class"])
        == ["StringCatalog2", "StringCatalog", "Errors", "Errors3", "Errors2", "_Catalog", "classCatalog"])
  }
}
