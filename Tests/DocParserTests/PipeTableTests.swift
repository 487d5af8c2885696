import DocModel
import DocParser
import Testing

/// Table rules on small inputs, with cmark-gfm's results written out.
@Suite("Pipe tables")
struct PipeTableTests {
  func tables(_ markdown: String) -> [Table] {
    MarkdownParser().parse(markdown, path: "t.md").document.tables
  }

  func texts(_ table: Table?) -> [[String]] {
    guard let table else { return [] }
    return ([table.header] + table.rows).map { $0.cells.map(\.markdown) }
  }

  @Test func escapedPipesInsideCodeSpans() throws {
    let table = tables("|a|b|\n|-|-|\n|`x \\| y`|`\\\\|`|\n").first
    #expect(texts(table) == [["a", "b"], ["`x | y`", "`\\|`"]])
    #expect(table?.rows.first?.cells.first?.inlines == [.code("x | y")])
  }

  /// Without its Markdown a cell has the same inlines, whether read from its paragraph or on its own.
  @Test func cellsWithoutTheirMarkdown() {
    var lean = MarkdownParser()
    lean.keepsCellMarkdown = false
    for page in ["|a|**b**|\n|-|-|\n|`x \\| y`|[l](m)|\n", "> | a &amp; b | `c` |\n> |---|---|\n"] {
      let kept = MarkdownParser().parse(page, path: "t.md").document.tables
      let left = lean.parse(page, path: "t.md").document.tables
      let markdown = { (tables: [Table]) in tables.flatMap { $0.allRows.flatMap { $0.cells.map(\.markdown) } } }
      let inlines = { (tables: [Table]) in tables.map { $0.allRows.map { $0.cells.map(\.inlines) } } }
      #expect(markdown(left).allSatisfy { $0.isEmpty } && markdown(kept).contains { !$0.isEmpty })
      #expect(inlines(left) == inlines(kept))
    }
  }

  @Test func leadingAndTrailingPipesAreOptional() {
    #expect(texts(tables("a | b\n--|:-:\nc | d").first) == [["a", "b"], ["c", "d"]])
    #expect(tables("a | b\n--|:-:\n").first?.alignments == [.none, .center])
  }

  @Test func delimiterRowMustMatchTheHeader() {
    #expect(tables("|a|b|\n|-|-|-|\n|c|d|\n").isEmpty)
  }

  @Test func tableAfterParagraphLinesKeepsThem() throws {
    let blocks = MarkdownParser().parse("Intro line\n|a|b|\n|-|-|\n|c|d|\n", path: "t.md").document.blocks
    #expect(blocks.count == 2)
    guard case .paragraph(let paragraph) = blocks[0], case .table(let table) = blocks[1] else {
      Issue.record("expected a paragraph and a table, got \(blocks)")
      return
    }
    #expect(paragraph.inlines == [.text("Intro line")])
    #expect(paragraph.range?.start.line == 1)
    #expect(table.rows.first?.range?.start.line == 4)
  }

  @Test func tablesInListItemsAndBlockQuotes() {
    let markdown = "1. Step\n\n    > |a|b|\n    > |-|-|\n    > |c|d|\n\n- item\n  |x|\n  |-|\n  |y|\n"
    #expect(tables(markdown).map(texts) == [[["a", "b"], ["c", "d"]], [["x"], ["y"]]])
  }

  @Test func lazyLinesNeitherStartNorContinueATable() {
    #expect(tables("> [!div class=\"x\"]\n|a|b|\n|-|-|\n").isEmpty)
    let continued = tables("> |a|b|\n> |-|-|\n> |c|d|\n|e|f|\n")
    #expect(continued.map(texts) == [[["a", "b"], ["c", "d"]]])
  }

  @Test func fencedCodeWithPipesIsNotATable() {
    #expect(tables("```kusto\n| where x\n|-|\n```\n").isEmpty)
  }

  @Test func rowsEndAtABlankLineOrAnotherBlock() {
    #expect(tables("|a|\n|-|\n|b|\n\n|c|\n").first?.rows.count == 1)
    #expect(tables("|a|\n|-|\n|b|\n# H\n").first?.rows.count == 1)
    #expect(tables("|a|\n|-|\n|b|\n    |code|\n").first?.rows.count == 1)
    #expect(tables("|a|\n|-|\n|b|\n2. item\n").first?.rows.count == 1)
    #expect(tables("|a|\n|-|\n|b|\n|\n").first?.rows.count == 1)
  }

  @Test func setextUnderlineAfterATable() {
    let table = tables("|a|\n|-|\n|b|\n===\n").first
    #expect(texts(table) == [["a"], ["b"], ["==="]])
    #expect(tables("|a|\n---\n").isEmpty, "a setext heading, not a one-column table")
    #expect(tables("\n\ng\n-\n\n").isEmpty, "libcmark ends this heading on the blank line after it")
  }

  @Test func linkReferenceDefinitionsAreInScopeInCells() throws {
    let table = tables("|a|\n|-|\n|[docs][ref]|\n\n[ref]: https://example.com \"Title\"\n").first
    #expect(table?.rows.first?.cells.first?.inlines == [.link(Inline.Link(destination: "https://example.com", title: "Title", children: [.text("docs")]))])
  }

  @Test func cellsThatLookLikeBlocksStayInline() {
    let table = tables("|a|b|c|\n|-|-|-|\n|# 1|- x|> q|\n").first
    #expect(table?.rows.first?.cells.map(\.inlines) == [[.text("# 1")], [.text("- x")], [.text("> q")]])
  }

  @Test func cellRangesPointAtTheirText() throws {
    let table = try #require(tables("|a|b|\n|-|-|\n|  日本  | x |\n").first)
    let cell = try #require(table.rows.first?.cells.first?.range)
    #expect(cell.start == SourceLocation(line: 3, column: 4))
    #expect(cell.end == SourceLocation(line: 3, column: 9))
  }

  /// A pipe inside a code span cuts the cell, and a backtick left open on each side of it is reported, also
  /// when an entity writes the backtick (the cells' bytes are searched first, for a backtick or an `&`).
  @Test func pipesInsideCodeSpansAreReported() {
    let page = MarkdownParser().parse(
      "| a | b |\n|---|---|\n| `x | y` | z |\n| &#96;x | y&#96; | z |\n| &grave;x | y` | z |\n| p | `q` |\n",
      path: "p.md")
    let lines = page.diagnostics.filter { $0.rule == "table.pipe-in-code-span" }.map(\.line)
    #expect(lines == [3, 4, 5])
  }
}
