import DocModel
import DocTestSupport
import Foundation
import Testing

@testable import DocParser

/// The seed page's real versions (`../shared/corpus/app-connector-errors/`): each translation aligned to the
/// English page it translates, and every aligned row checked by what the two messages must both say.
@Suite("Aligning the seed page's real translations")
struct CorpusAlignmentTests {
  static let folder = Paths.shared.appendingPathComponent("corpus/app-connector-errors")

  /// Each translation and the English version it was made from. The 27-row versions (2016 to 2019) have
  /// the rows of `en-us-2018-early`, in its order (MANIFEST.tsv: the other 2018 page has "different row
  /// order"), so they translate that one, whatever their year; the 2020 versions have the 31 rows of
  /// `en-us-2018`, the nearest English page before them (`pt-br-2020-12` also has a Salesforce row that
  /// only the 2023 page has: an inserted row).
  static let translations: [(translation: String, source: String)] = [
    ("ja-jp-2016", "en-us-2018-early"), ("ja-jp-2017", "en-us-2018-early"), ("ja-jp-2018", "en-us-2018-early"),
    ("ko-kr-2017", "en-us-2018-early"), ("nl-nl-2016", "en-us-2018-early"), ("nl-nl-2018", "en-us-2018-early"),
    ("ru-ru-2016", "en-us-2018-early"), ("zh-tw-2016", "en-us-2018-early"), ("es-es-2019", "en-us-2018-early"),
    ("fr-fr-2019", "en-us-2018-early"), ("es-es-2020", "en-us-2018"), ("ja-jp-2020", "en-us-2018"),
    ("pt-br-2020-11", "en-us-2018"), ("pt-br-2020-12", "en-us-2018"),
  ]

  @Test(arguments: translations.map { "\($0.translation) < \($0.source)" })
  func eachTranslationAlignsWithTheVersionItTranslates(_ pair: String) throws {
    let names = pair.components(separatedBy: " < ")
    // Read side by side, the translations with as many rows as the version they translate have its rows in
    // its order: there, an aligned row must also be at its source row's place.
    try expectRightAndMostlyAligned(translation: names[0], source: names[1], keepsItsOrder: names[0] != "pt-br-2020-12")
  }

  /// The older translations against the later English page, whose rows are in another order and which has
  /// four rows more: the case, where the rows fell back to their position and 13 of ja-JP 2018's 27
  /// rows got another row's text.
  @Test(arguments: translations.filter { $0.source == "en-us-2018-early" }.map(\.translation))
  func olderTranslationsAgainstTheReorderedPage(_ translation: String) throws {
    try expectRightAndMostlyAligned(translation: translation, source: "en-us-2018", keepsItsOrder: false)
  }

  func expectRightAndMostlyAligned(translation: String, source: String, keepsItsOrder: Bool) throws {
    let sourceRows = try Self.rows(of: source)
    let targetRows = try Self.rows(of: translation)
    #expect(sourceRows.count >= 27 && targetRows.count >= 27)
    let alignment = RowAligner.align(
      source: sourceRows, target: targetRows, definition: SeedFields.definition(key: [.message, .app]))
    let sourceApps = Set(sourceRows.map(Self.app))
    for (index, match) in alignment.enumerated() {
      guard let match else { continue }
      #expect(
        Self.agree(sourceRows[index], targetRows[match], sourceApps: sourceApps),
        "\(translation) line \(targetRows[match].line) is not \(source) line \(sourceRows[index].line)")
    }
    if keepsItsOrder {
      #expect(alignment.enumerated().allSatisfy { $0.element == nil || $0.element == $0.offset }, "\(translation)")
    }
    let aligned = alignment.compactMap { $0 }
    #expect(Set(aligned).count == aligned.count, "a translated row paired twice")
    #expect(aligned.count * 100 >= targetRows.count * 85, "\(translation): \(aligned.count) of \(targetRows.count)")
  }

  /// The rows of a version's error table, by column position (message, app, description, resolution), so
  /// that the test does not depend on the headers' translations.
  /// ko-KR 2017 writes its table right under `> [!div class="mx-tableFixed"]`, as lazy lines of that
  /// paragraph, where cmark-gfm (and so the parser) sees no table; a blank line after the marker gives the
  /// table its translator meant.
  static func rows(of name: String) throws -> [CatalogRow] {
    let url = folder.appendingPathComponent(name + ".md")
    var text = try String(contentsOf: url, encoding: .utf8)
    if name == "ko-kr-2017" {
      text = text.replacingOccurrences(
        of: "> [!div class=\"mx-tableFixed\"]\n|", with: "> [!div class=\"mx-tableFixed\"]\n\n|")
    }
    let page = MarkdownParser().parse(text, path: url.path)
    let table = try #require(page.document.tables.first { $0.columnCount == 4 }, "no table in \(name)")
    return table.rows.map { row in
      let values = row.cells.prefix(4).map { CatalogValue(cell: CatalogText($0)) }
      return CatalogRow(values: values, line: row.range?.start.line ?? 0)
    }
  }

  static func app(_ row: CatalogRow) -> String {
    (row.values[.app]?.text ?? "").trimmingCharacters(in: .whitespaces)
  }

  /// Whether a translated row says what its source row says where translators keep the text: every exception
  /// or failure name and every code (capitals then digits) of the source message is in the translated one
  /// (spaces aside), both name the same HTTP statuses (three-digit numbers) when the translation names any,
  /// and an app the translation wrote as one of the source's apps is this row's app.
  static func agree(_ source: CatalogRow, _ target: CatalogRow, sourceApps: Set<String>) -> Bool {
    let sourceMessage = source.values[.message]?.text ?? ""
    let targetMessage = target.values[.message]?.text ?? ""
    func words(_ text: String) -> [String] {
      text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }
    let squashed = targetMessage.filter { !$0.isWhitespace }.lowercased()
    let names = words(sourceMessage).filter { word in
      word.hasSuffix("Exception") || word.hasSuffix("Failure")
        || (word.first!.isUppercase && word.last!.isNumber && word.contains { $0.isUppercase })
    }
    guard names.allSatisfy({ squashed.contains($0.lowercased()) }) else { return false }
    let statuses = { (text: String) in Set(words(text).filter { $0.count == 3 && $0.allSatisfy(\.isNumber) }) }
    let targetStatuses = statuses(targetMessage)
    guard targetStatuses.isEmpty || targetStatuses == statuses(sourceMessage) else { return false }
    let targetApp = app(target)
    return !sourceApps.contains(targetApp) || targetApp == app(source)
  }
}
