import DocModel
import DocTestSupport
import Foundation
import SwiftGenerator
import Testing

/// A user's entry template sees each value as it would a string: in variables, sections and transforms.
@Suite("Entry template values")
struct EntryTemplateValuesTests {
  @Test func valuesWorkInSectionsAndTransforms() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entry-template-\(UUID().uuidString)")
    let swiftFolder = folder.appendingPathComponent("swift")
    try FileManager.default.createDirectory(at: swiftFolder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "{{% CONTENT_TYPE: TEXT }}\n{{#catalogs}}{{{entryDefinitions}}}{{/catalogs}}\n".write(
      to: swiftFolder.appendingPathComponent("catalog.swift.mustache"), atomically: true, encoding: .utf8)
    let entryTemplate = """
      {{% CONTENT_TYPE: TEXT }}
      <{{idText}}|{{uppercased(appText)}}|{{#idText}}({{.}}){{/idText}}|{{^empty(doc)}}doc{{/empty(doc)}}\
      |{{count(localizations)}}|{{#sorted(localizations)}}L{{/sorted(localizations)}}|{{#first(doc)}}{{{.}}}{{/first(doc)}}>

      """
    try entryTemplate.write(
      to: swiftFolder.appendingPathComponent("entry.swift.mustache"), atomically: true, encoding: .utf8)

    let (catalog, _) = try DocSetFixture.build(Paths.docs)
    let source = try SwiftCatalogGenerator(templatesDirectory: folder.path).generate(catalog, command: "test")
    let lines = source.split(separator: "\n").filter { $0.hasPrefix("<") }
    let entries = catalog.entries
    #expect(!entries.isEmpty)
    #expect(lines.count == entries.count)
    for (line, entry) in zip(lines, entries) {
      let source = try #require(entry.locales[catalog.sourceLocale])
      let localeCount = entry.locales.count
      let firstDocLine =
        source.description.text.split(whereSeparator: \.isNewline).first.map(String.init)
        ?? source.message.text
      let expected =
        "<\(entry.id)|\(source.app.text.uppercased())|(\(entry.id))|doc|\(localeCount)"
        + "|\(String(repeating: "L", count: localeCount))|\(firstDocLine)>"
      #expect(String(line) == expected)
    }
  }

  /// The built-in catalog template lists the entries with `entryList`; a template of one's own that runs a
  /// section over `entries` instead gets the same lines.
  @Test func aSectionOverEntriesListsWhatEntryListDoes() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-template-\(UUID().uuidString)")
    let swiftFolder = folder.appendingPathComponent("swift")
    try FileManager.default.createDirectory(at: swiftFolder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let builtIn = try String(
      contentsOf: Paths.repositoryRoot.appendingPathComponent("Templates/" + SwiftCatalogGenerator.templatePath),
      encoding: .utf8)
    let listing = "{{#entryList}}\n{{{.}}}\n{{/entryList}}\n"
    #expect(builtIn.contains(listing))
    try builtIn.replacingOccurrences(of: listing, with: "{{#entries}}\n    {{{property}}},\n{{/entries}}\n").write(
      to: swiftFolder.appendingPathComponent("catalog.swift.mustache"), atomically: true, encoding: .utf8)

    let (catalog, _) = try DocSetFixture.build(Paths.docs)
    let withSection = try SwiftCatalogGenerator(templatesDirectory: folder.path).generate(catalog, command: "test")
    #expect(withSection == (try SwiftCatalogGenerator().generate(catalog, command: "test")))
    #expect(withSection.contains("  public static let entries: [Entry] = [\n    "))
  }
}
