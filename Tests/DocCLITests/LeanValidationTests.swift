import DocBuild
import DocModel
import DocParser
import DocTestSupport
import DocValidation
import Foundation
import Testing

/// `validate` takes what its rules need of each page as soon as it is parsed and lets the page's blocks go;
/// it must find exactly what the rules find on pages kept whole.
@Suite("Validation without the pages' blocks")
struct LeanValidationTests {
  /// The docs folder, and the fixture that holds it while it is used.
  static func root(_ which: String) throws -> (URL, DocSetFixture?) {
    switch which {
    case "defects":
      return (Paths.repositoryRoot.appendingPathComponent("Tests/DocValidationTests/Fixtures/defects"), nil)
    case "docs": return (Paths.docs, nil)
    case "corpus": return (Paths.shared.appendingPathComponent("corpus"), nil)
    default:
      let fixture = try OnePassBuildTests().docs()
      return (fixture.root, fixture)
    }
  }

  /// Every finding on pages kept whole: the parse's, the catalog's and the rules', sorted, with the default
  /// severities.
  func wholeDiagnostics(_ root: URL) throws -> (found: [Diagnostic], docSet: DocSet, catalog: Catalog) {
    let docSet = try DocSetReading.read(root: root.path)
    let pages = CatalogBuilder.pages(of: docSet)
    let (catalog, catalogDiagnostics) = CatalogBuilder().build(
      pages, root: docSet.root, configuration: docSet.configuration)
    let found = (docSet.diagnostics + catalogDiagnostics).sorted() + Validator().validate(docSet)
    return (Validator.applySeverities(found, configuration: docSet.configuration, strict: false), docSet, catalog)
  }

  /// The corpus has no configuration file: its locales come from folders and front matter.
  @Test(arguments: ["defects", "docs", "fixture", "corpus"])
  func leanValidationFindsWhatWholePagesGive(_ which: String) throws {
    let (root, fixture) = try Self.root(which)
    defer { withExtendedLifetime(fixture) {} }
    let lean = try ValidationPipeline(docsDirectory: root.path).run(observer: IgnoredEvents())
    let whole = try wholeDiagnostics(root)
    #expect(lean.docSet.pages.allSatisfy { $0.document.blocks.isEmpty }, "the blocks were let go of")
    #expect(whole.docSet.pages.contains { !$0.document.blocks.isEmpty })
    #expect(lean.docSet.pages.map(\.path) == whole.docSet.pages.map(\.path))
    #expect(lean.diagnostics.map(\.formatted) == whole.found.map(\.formatted))
    #expect(which == "corpus" || !whole.catalog.entries.isEmpty, "the docs have a catalog")
    if which == "defects" {
      let rules = Set(lean.diagnostics.map(\.rule))
      for rule in ["link.missing-page", "link.missing-anchor", "translation.literal-changed", "include.cycle"] {
        #expect(rules.contains(rule), "the fixture exercises \(rule)")
      }
    }
  }
}
