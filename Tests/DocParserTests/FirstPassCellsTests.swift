import DocModel
import DocTestSupport
import Testing

@testable import DocParser

/// Table cells taken from libcmark's reading of their paragraph must be what reading each cell on its own
/// gives, on tables built from pieces that cross cells, escape pipes, nest containers and so on.
@Suite("Cells from the paragraph's reading")
struct FirstPassCellsTests {
  static let pieces = [
    "a", "Box", "401", " ", "\t", "日本", "é", "**b**", "*a", "b*", "__u__", "_e_", "***x***", "`c`", "`` d ``",
    "` `", "`a", "b`", "\\|", "`a\\|b`", "[x](y)", "[x](y \"t\")", "[x][r]", "[r]", "[x", "](y)", "![i](u)",
    "<br />", "<b>", "</b>", "<span title=\"a\">", "&amp;", "&", "\\*", "\\", "<http://a.b>", "http://x.y",
    "**a `b` c**", "[**l**](m)", "*[l](m)*", "|", "-", "#", "~", "<!-- c -->", "[!NOTE]", "[y][q]", "[q]",
  ]
  static let prefixes = ["", "> ", "> > ", "- ", "1. ", "  "]

  static func cell(_ random: inout SeededRandom) -> String {
    (0..<Int(random.next() % 4)).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  static func page(_ random: inout SeededRandom) -> String {
    let prefix = prefixes.randomElement(using: &random)!
    let continuation = prefix == "- " || prefix == "1. " ? String(repeating: " ", count: prefix.count) : prefix
    let columns = 1 + Int(random.next() % 4)
    let outer = random.next() % 2 == 0
    func row(_ cells: [String]) -> String {
      let trailing = [" ", "  ", "", "\t"].randomElement(using: &random)!
      return outer ? "| " + cells.joined(separator: " | ") + " |" + trailing : cells.joined(separator: " | ") + trailing
    }
    var lines: [String] = []
    // Text before the table in its paragraph; a link reference definition there is not in scope in cells.
    switch random.next() % 6 {
    case 0: lines.append(cell(&random) + " before")
    case 1: lines.append("[q]: https://example.com/q")
    default: break
    }
    lines.append(row((0..<columns).map { _ in cell(&random) }))
    lines.append(row((0..<columns).map { _ in ["---", ":--", "--:", ":-:"].randomElement(using: &random)! }))
    for _ in 0..<Int(random.next() % 5) {
      lines.append(row((0..<(columns + Int(random.next() % 3)) - 1).map { _ in cell(&random) }))
    }
    if random.next() % 6 == 0 { lines.append(cell(&random) + " after") }
    let body = lines.enumerated().map { ($0.offset == 0 ? prefix : continuation) + $0.element }.joined(separator: "\n")
    return "# T\n\n" + body + "\n\n[r]: https://example.com/r\n"
  }

  @Test(arguments: [71, 72, 73, 74] as [UInt64])
  func cellsAgreeWithReadingEachCell(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var separately = MarkdownParser()
    separately.readsFirstPassCells = false
    for _ in 0..<500 {
      let page = Self.page(&random)
      let fast = MarkdownParser().parse(page, path: "a.md")
      let slow = separately.parse(page, path: "a.md")
      #expect(fast.document == slow.document, "\(page.debugDescription)")
      #expect(fast.diagnostics == slow.diagnostics, "\(page.debugDescription)")
    }
  }

  /// Cases where reading the paragraph and reading each cell differ, and one where they agree.
  @Test(arguments: [
    "| a | b |\n|---|---|\n| c | d\\\n| e | f |\n",
    "| a | b |  \n|---|---|\n| c | d  \n| e | f |\n",
    "| a &amp; b | \\* |\n|---|---|\n",
    "| <http://a.b> | <b>x</b> |\n|---|---|\n",
    "| `a\\|b` | `` c `` |\n|---|---|\n",
    "| *a | b* |\n|---|---|\n",
    "| [a | b](c) |\n|---|---|\n",
    "| <!-- a | b --> |\n|---|---|\n",
    "[q]: /q\n| [y][q] |\n|---|\n",
    "- > | a\tb | ![i](u \"t\") |\n  > |---|---|\n  > | **x** | _y_ |\n",
  ])
  func edgeCasesAgree(page: String) {
    var separately = MarkdownParser()
    separately.readsFirstPassCells = false
    #expect(MarkdownParser().parse(page, path: "a.md").document == separately.parse(page, path: "a.md").document)
  }

  /// A plain table, the common case, is read from the paragraph: the cells' inlines are libcmark's.
  @Test func aPlainTableIsReadFromItsParagraph() throws {
    let page = "> | A | B |\n> |---|---|\n> | **x** `y` | [l](m) <br /> z |\n"
    let bytes = Array(page.utf8)
    let text = SourceText(bytes: bytes)
    let tree = try #require(CMarkTree(bytes: bytes))
    let quote = try #require(CMarkNode.firstChild(tree.root))
    let paragraph = try #require(CMarkNode.firstChild(quote))
    let offset = { (line: Int, needle: String) -> Range<Int> in
      let range = text.lineRange(line)
      let start = String.utf8Offset(in: String(decoding: bytes[range], as: UTF8.self), of: needle)! + range.lowerBound
      return start..<(start + needle.utf8.count)
    }
    let rows = [
      FirstPassCells.Row(line: 1, cells: [offset(1, "A"), offset(1, "B")]),
      FirstPassCells.Row(line: 3, cells: [offset(3, "**x** `y`"), offset(3, "[l](m) <br /> z")]),
    ]
    let cells = try #require(FirstPassCells.inlines(of: paragraph, rows: rows, delimiterLine: 2, in: text))
    #expect(cells.count == 4)
    #expect(cells[0] == [.text("A")] && cells[1] == [.text("B")])
    #expect(cells[2] == [.strong([.text("x")]), .text(" "), .code("y")])
    #expect(cells[3] == [.link(.init(destination: "m", children: [.text("l")])), .text(" "), .html("<br />"), .text(" z")])
  }
}
