import DocModel
import DocParser
import DocTestSupport
import Foundation
import Testing

/// The project's first real input, the Japanese page, read cell for cell.
@Suite("The ja-JP seed page")
struct SeedPageTests {
  static let path = "ja-JP/troubleshooting-api-connectors-using-error-messages.md"

  @Test func docsHoldsTheSeedByteForByte() throws {
    let docs = try #require(FileManager.default.contents(atPath: Paths.docs.appendingPathComponent(Self.path).path))
    let seed = Paths.shared.appendingPathComponent("seed").appendingPathComponent(Self.path)
    let original = try #require(FileManager.default.contents(atPath: seed.path), "missing \(seed.path)")
    #expect(docs == original)
  }

  @Test func everyCellMatchesTheSourceLines() throws {
    let url = Paths.docs.appendingPathComponent(Self.path)
    let source = try String(contentsOf: url, encoding: .utf8)
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let page = MarkdownParser().parse(contentsOf: url.path)
    #expect(page.diagnostics.isEmpty)
    let table = try #require(page.document.tables.first)
    #expect(page.document.tables.count == 1)
    #expect(table.rows.count == 31)
    #expect(table.header.cells.map(\.text) == ["エラー メッセージ", "関連するアプリ", "説明", "解決方法"])
    for row in table.rows {
      let line = try #require(row.range?.start.line)
      // The seed has no escaped pipes: splitting its line on '|' gives the cells independently of the parser.
      let written = lines[line - 1].dropFirst(2).split(separator: "|", omittingEmptySubsequences: false)
        .dropFirst().dropLast().map { String($0).trimmingCharacters(in: .whitespaces) }
      #expect(row.cells.map(\.markdown) == written, "line \(line)")
      #expect(row.cells.map(\.text) == written.map(Self.independentPlainText), "line \(line)")
    }
  }

  /// The plain text rule, done naively on the seed's simple Markdown.
  static func independentPlainText(_ markdown: String) -> String {
    var text = markdown.replacingOccurrences(of: "<br />", with: "\n").replacingOccurrences(of: "**", with: "")
    while let open = text.range(of: "]("), let close = text[open.upperBound...].firstIndex(of: ")"),
      let bracket = text[..<open.lowerBound].lastIndex(of: "[")
    {
      let label = text[text.index(after: bracket)..<open.lowerBound]
      text.replaceSubrange(bracket...close, with: label)
    }
    return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      .joined(separator: "\n")
  }
}
