import DocModel
import DocParser
import DocTestSupport
import Foundation
import Testing

/// Tables must agree with `cmark-gfm -e table`: the same tables, rows, cells, inline content and alignments.
@Suite("Pipe tables agree with cmark-gfm")
struct TableOracleTests {
  struct ConformanceExample: Decodable, CustomTestStringConvertible, Sendable {
    var source: String
    var example: Int
    var markdown: String
    var html: String
    var testDescription: String { "\(source) example \(example)" }
  }

  static let conformanceExamples: [ConformanceExample] = {
    let url = Paths.shared.appendingPathComponent("conformance/gfm-tables.json")
    guard let data = FileManager.default.contents(atPath: url.path),
      let examples = try? JSONDecoder().decode([ConformanceExample].self, from: data)
    else { return [] }
    return examples
  }()

  static let corpusPages: [URL] = Paths.markdownFiles(under: Paths.shared.appendingPathComponent("corpus"))

  @Test func sharedTestDataIsPresent() {
    #expect(
      Self.conformanceExamples.count == 24, "expected the 24 GFM table examples in \(Paths.shared.path)/conformance")
    #expect(Self.corpusPages.count >= 60, "expected the corpus pages in \(Paths.shared.path)/corpus")
  }

  @Test("GFM spec and cmark-gfm table examples", arguments: conformanceExamples)
  func conformanceExample(_ example: ConformanceExample) throws {
    try assertAgreesWithOracle(Array(example.markdown.utf8), name: example.testDescription)
  }

  @Test("Corpus page", arguments: corpusPages)
  func corpusPage(_ url: URL) throws {
    let bytes = try #require(FileManager.default.contents(atPath: url.path).map { [UInt8]($0) })
    try assertAgreesWithOracle(bytes, name: url.lastPathComponent)
  }

  /// Inputs where an earlier version disagreed with cmark-gfm, found by differential fuzzing.
  static let fuzzRegressions = [
    "0. |\n  ||a\n\t-|-|-",  // a lazy header line keeps its indentation: an empty first cell
    "2) |\n  |a\n   -|-",
    " - |\n  ||||\n   -|-|-|-",
    "* a||a\n  -|-|-\n  |\na\n\t-|",  // a tab partly consumed by the list item's indentation
    ">>a\n>>:-\n>a|a\n>-|-\n> \ta",  // a lazy line ends the inner table; the rest is re-parsed
    ">>a||a\n>>-|-|-\n> \ta\n>|-",
    "> |a|\n>\t|-|\n>\t\t|b|",
    "\n\ng\n-\n\n",  // a setext heading that libcmark ends on the next blank line
    "Title\n---\nSome text.",  // ... or on the line after its underline
    "x|y\n-|-\n[b]: /u|[b]",  // a row is never a link reference definition
    "- a\n  b\n:-\nc\n  |-",  // a lazy line is never a delimiter row, even in the text before a table
    ">1. a|a\n  > -|-",  // list item indentation counts from the block quote's content on each line
    ">>a|a\n>-|-\n>|||\n>>-|-",
    "> a|b\n> -|-\nc|d\n-|-\n> e",  // a lazy line closes the quote: a later '>' opens a new one
    "- a\n  -|\n  |\na\n  |-\na",  // lazy lines stay lazy in text re-parsed after a table
    ">b|c\n>-|-\n>\t  a",  // a tab after '>' keeps its remaining columns: indented code ends the table
    "[a]:a\na|[a]\n-|-\n\n[a]",  // no link definitions in the text before a table
    "a\n[a]:a\n>>[a]||a\n>>-|-|-",  // nor inside a paragraph
    ">[a]|||\n>-|-|-\n    [a]:a",
    "|a|\n|-|\n|[x][r]|\n\n[r]: https://example.com",  // a definition after the table is in scope
    // Issue #21's disagreements. A list item opened on its parent's marker line counts its indentation from
    // the parent's content column:
    "- - a|b\n    -|-",
    "1. - a|b\n     -|-",
    "* + a|b\n    -|-",
    "- 1. a|b\n     -|-",
    "- > - a|b\n  >   -|-",
    "> - - a|b\n>     -|-",
    "> > a|b\n> >\t-|-",  // a tab after '>' at column 3 is all taken by the optional space
    "[r]: /url\n---\nSome text",  // a setext underline never opens a table, even under definitions only
    // Link reference definitions in containers, and the cases around them (cells read on their own):
    "- [r]: /url\n\n| a |\n|---|\n| [x][r] |",
    "- > [r]: /url\n\n| a |\n|---|\n| [x][r] |",
    "> [r]:\n> /url\n\n| a |\n|---|\n| [x][r] |",
    "Title\n---\n[r]: /url\n\n| a |\n|---|\n| [x][r] |",
    "- [r]: /url\n\n| a |\n|---|\n| [x][r] &amp; \\| |",
    "- > [r]: /url\n\n| a |\n|---|\n| [x][r] &amp; \\| |",
    "2) [r]: /url\n\n| a |\n|---|\n| [x][r] &amp; \\| |",
    "> [r]:\n> /url\n\n| a |\n|---|\n| [x][r] &amp; \\| |",
    "Title\n---\n[r]: /url\n\n| a |\n|---|\n| [x][r] &amp; \\| |",
    "[a]: /u x\n[r]: /v\n\n| a |\n|---|\n| [x][r] &amp; \\| |",
    "[a]: /u\n\"t\"\n\n| a |\n|---|\n| [x][a] &amp; \\| |",
  ]

  @Test("Fuzz regression", arguments: fuzzRegressions)
  func fuzzRegression(_ markdown: String) throws {
    try assertAgreesWithOracle(Array(markdown.utf8), name: markdown.debugDescription)
  }

  @Test func projectDocs() throws {
    for url in Paths.markdownFiles(under: Paths.docs) {
      let bytes = try #require(FileManager.default.contents(atPath: url.path).map { [UInt8]($0) })
      try assertAgreesWithOracle(bytes, name: url.lastPathComponent)
    }
  }

  @Test func theCorpusHasManyTables() throws {
    var tables = 0
    var rows = 0
    for url in Self.corpusPages {
      let page = MarkdownParser().parse(contentsOf: url.path)
      tables += page.document.tables.count
      rows += page.document.tables.reduce(0) { $0 + $1.rows.count }
    }
    // A guard against a silently empty comparison: the corpus holds well over a hundred tables.
    #expect(tables > 100)
    #expect(rows > 1000)
  }

  private func assertAgreesWithOracle(_ bytes: [UInt8], name: String) throws {
    let parser = MarkdownParser(interpretsDocFX: false)
    let expected = try CMarkGFMOracle.tables(in: parser.markdownBytes(of: bytes))
    let actual = parser.parse(bytes: bytes, path: name).document.tables.map(OracleTable.init)
    #expect(actual.count == expected.count, "\(name): \(actual.count) tables, cmark-gfm has \(expected.count)")
    for (index, (mine, theirs)) in zip(actual, expected).enumerated() {
      #expect(mine.alignments == theirs.alignments, "\(name) table \(index + 1): alignments")
      #expect(
        mine.rows.count == theirs.rows.count,
        "\(name) table \(index + 1): \(mine.rows.count) rows, cmark-gfm has \(theirs.rows.count)")
      for (row, (mineRow, theirRow)) in zip(mine.rows, theirs.rows).enumerated() where mineRow != theirRow {
        Issue.record("\(name) table \(index + 1) row \(row + 1):\n  mine:      \(mineRow)\n  cmark-gfm: \(theirRow)")
        break
      }
    }
  }
}

extension OracleTable {
  /// The model's table in the oracle's canonical form.
  init(_ table: Table) {
    self.init(
      alignments: table.alignments.map(\.rawValue),
      rows: ([table.header] + table.rows).map { $0.cells.map { OracleTable.canonical($0.inlines) } })
  }

  static func canonical(_ inlines: [Inline]) -> String {
    var parts: [String] = []
    var pendingText: String?
    func flush() {
      if let text = pendingText { parts.append(CanonicalInline.text(text)) }
      pendingText = nil
    }
    for inline in inlines {
      if case .text(let text) = inline {
        pendingText = (pendingText ?? "") + text
        continue
      }
      // The oracle knows no xrefs: a shorthand is its text, the other forms links.
      if case .xref(let xref) = inline, xref.form == .shorthand {
        pendingText = (pendingText ?? "") + xref.written
        continue
      }
      flush()
      switch inline {
      case .text: break
      case .softBreak: parts.append(CanonicalInline.softBreak)
      case .lineBreak: parts.append(CanonicalInline.lineBreak)
      case .code(let code): parts.append(CanonicalInline.code(code))
      case .html(let html): parts.append(CanonicalInline.html(html))
      case .emphasis(let children): parts.append(CanonicalInline.emphasis(canonical(children)))
      case .strong(let children): parts.append(CanonicalInline.strong(canonical(children)))
      case .link(let link): parts.append(CanonicalInline.link(link.destination, link.title, canonical(link.children)))
      case .image(let link): parts.append(CanonicalInline.image(link.destination, link.title, canonical(link.children)))
      case .include(let include): parts.append("include(\(include.path))")
      case .xref(let xref):
        let children = xref.form == .autolink ? [Inline.text(xref.written)] : xref.children
        parts.append(CanonicalInline.link(xref.written, "", canonical(children)))
      }
    }
    flush()
    return parts.joined()
  }
}
