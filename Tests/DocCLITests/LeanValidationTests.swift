import DocCLI
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

  func diagnostics(_ root: URL, keepingBlocks: Bool) throws -> (found: [Diagnostic], build: CatalogBuild) {
    let build = try CatalogBuild.run(docsDirectory: root.path, configPath: nil, keepingBlocks: keepingBlocks)
    let found = Validator().validate(build.docSet, catalogPages: build.catalogPages, pageLinks: build.pageLinks)
    return ((build.diagnostics + found).sorted(), build)
  }

  /// The corpus has no configuration file: its locales come from folders and front matter.
  @Test(arguments: ["defects", "docs", "fixture", "corpus"])
  func leanValidationFindsWhatWholePagesGive(_ which: String) throws {
    let (root, fixture) = try Self.root(which)
    defer { withExtendedLifetime(fixture) {} }
    let (lean, leanBuild) = try diagnostics(root, keepingBlocks: false)
    let (whole, wholeBuild) = try diagnostics(root, keepingBlocks: true)
    #expect(leanBuild.pageLinks != nil, "the lean path was taken")
    #expect(leanBuild.docSet.pages.allSatisfy { $0.document.blocks.isEmpty }, "the blocks were let go of")
    #expect(wholeBuild.pageLinks == nil)
    #expect(lean.map(\.formatted) == whole.map(\.formatted))
    // The lean catalog has the findings but no entries, and its rows no Markdown: validation reads neither.
    var catalogWithoutEntries = wholeBuild.catalog
    catalogWithoutEntries.entries = []
    #expect(leanBuild.catalog == catalogWithoutEntries)
    #expect(which == "corpus" || !wholeBuild.catalog.entries.isEmpty, "the docs have a catalog")
    func fields(_ build: CatalogBuild) -> [CatalogFields<CatalogText>] {
      build.catalogPages.flatMap { page in page.rows.sorted { $0.key < $1.key }.flatMap(\.value.rows) }.map(\.values)
    }
    let leanFields = fields(leanBuild)
    #expect(leanFields.allSatisfy { fields in CatalogField.allCases.allSatisfy { fields[$0]?.markdown ?? "" == "" } })
    let wholeFields = fields(wholeBuild)
    #expect(leanFields.map { $0.message?.text } == wholeFields.map { $0.message?.text })
    if which == "defects" {
      let rules = Set(lean.map(\.rule))
      for rule in ["link.missing-page", "link.missing-anchor", "translation.literal-changed", "include.cycle"] {
        #expect(rules.contains(rule), "the fixture exercises \(rule)")
      }
    }
  }
}
