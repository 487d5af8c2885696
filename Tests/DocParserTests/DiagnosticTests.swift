import DocModel
import DocParser
import DocTestSupport
import Foundation
import Testing

/// Bad input gives a precise diagnostic, never a crash: `path:line:column: severity: message [rule-id]`.
@Suite("Diagnostics for bad input")
struct DiagnosticTests {
  let parser = MarkdownParser()

  @Test func invalidUTF8IsAnErrorAtTheCharacterColumn() throws {
    // "日本 " is three characters but seven bytes: the column counts characters.
    let bytes = Array("---\ntitle: t\n---\n# 日本 ".utf8) + [0xFF] + Array(" x\n|a|\n|-|\n".utf8)
    let page = parser.parse(bytes: bytes, path: "docs/ja-JP/bad.md")
    #expect(page.diagnostics.map(\.formatted) == [
      "docs/ja-JP/bad.md:4:6: error: file is not valid UTF-8: byte 0xFF cannot start or continue a character [encoding.invalid-utf8]"
    ])
    #expect(page.document.headings.first.map { PlainText.render($0.inlines) } == "日本 \u{FFFD} x")
    #expect(page.document.tables.count == 1, "the rest of the page is still parsed")
  }

  @Test func truncatedSequenceAtTheEndIsReported() {
    let page = parser.parse(bytes: Array("ok\né".utf8.dropLast()), path: "p.md")
    #expect(page.diagnostics.map(\.formatted) == [
      "p.md:2:1: error: file is not valid UTF-8: byte 0xC3 cannot start or continue a character [encoding.invalid-utf8]"
    ])
  }

  @Test func nulBytesAreReplacedWithAWarning() {
    let page = parser.parse(bytes: Array("|a|b|\n|-|-|\n|x".utf8) + [0] + Array("y|z|\n".utf8), path: "p.md")
    #expect(page.diagnostics.map(\.formatted) == ["p.md:3:3: warning: NUL byte replaced with U+FFFD [encoding.nul-byte]"])
    #expect(page.document.tables.first?.rows.first?.cells.first?.text == "x\u{FFFD}y")
  }

  @Test func missingFileIsAnError() {
    let page = parser.parse(contentsOf: "/nonexistent/page.md", displayPath: "docs/missing.md")
    #expect(page.diagnostics.map(\.formatted) == ["docs/missing.md: error: cannot read file: no such file [io.unreadable]"])
  }

  @Test func aFolderIsUnreadable() {
    let page = parser.parse(contentsOf: FileManager.default.temporaryDirectory.path, displayPath: "docs")
    #expect(page.diagnostics.map(\.formatted) == ["docs: error: cannot read file: is a directory [io.unreadable]"])
  }

  @Test func unreadablePermissionsAreAnError() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("doccatalog-unreadable-\(UUID()).md")
    #expect(FileManager.default.createFile(atPath: url.path, contents: Data("x".utf8), attributes: [.posixPermissions: 0o000]))
    defer { try? FileManager.default.removeItem(at: url) }
    let readable = FileManager.default.isReadableFile(atPath: url.path)  // root can read anything
    let page = parser.parse(contentsOf: url.path, displayPath: "docs/secret.md")
    if readable {
      #expect(page.diagnostics.isEmpty)
    } else {
      #expect(page.diagnostics.map(\.formatted) == ["docs/secret.md: error: cannot read file: permission denied [io.unreadable]"])
    }
  }

  @Test func rowWithExtraCellsIsReportedAndRemembered() throws {
    let page = parser.parse("| a | b |\n|---|---|\n| 1 | 2 | 3 | 4 |\n| 5 |\n", path: "docs/t.md")
    #expect(page.diagnostics.map(\.formatted) == [
      "docs/t.md:3:11: warning: row has 4 cells but the header has 2; GitHub drops the extra cells, DocFX shows them [table.cell-count-mismatch]",
      "docs/t.md:4:5: warning: row has 1 cell but the header has 2; missing cells are empty [table.cell-count-mismatch]",
    ])
    let table = try #require(page.document.tables.first)
    #expect(table.rows[0].cells.map(\.text) == ["1", "2"])
    #expect(table.rows[0].extraCells.map(\.text) == ["3", "4"])
    #expect(table.rows[0].writtenCellCount == 4)
    #expect(table.rows[1].cells.map(\.text) == ["5", ""])
    #expect(table.rows[1].writtenCellCount == 1)
  }

  @Test func columnsCountCharactersNotBytes() {
    let page = parser.parse("|エラー|説明|\n|-|-|\n|あ|い|う|\n", path: "ja.md")
    // "|あ|い|" is five characters (nine bytes more in UTF-8): the extra cell starts at character 6.
    #expect(page.diagnostics.first?.column == 6)
  }

  @Test func pathologicalInputFinishes() {
    let nested = String(repeating: "> ", count: 5_000) + "|a|\n" + String(repeating: "> ", count: 5_000) + "|-|\n"
    let page = parser.parse(nested, path: "deep.md")
    #expect(page.diagnostics.map(\.rule) == ["markdown.nesting-too-deep"])
    #expect(page.document.tables.count == 1)
    let backticks = parser.parse(String(repeating: "`", count: 200_000) + "|a|\n|-|\n", path: "ticks.md")
    #expect(backticks.diagnostics.isEmpty)
  }
}
