import DocBuild
import DocModel
import DocTestSupport
import Foundation
import Testing

@testable import DocParser

/// Inputs built to hurt: each is parsed to the end, with a diagnostic where one is due. How the time grows
/// with the size is measured by `make bench-linear`, not here.
@Suite("Pathological inputs")
struct PathologicalInputTests {
  let parser = MarkdownParser()

  @Test func aHundredThousandRowTable() throws {
    var markdown = "> [!div class=\"mx-tableFixed\"]\n>\n> |Error|App|\n> |-|-|\n"
    for index in 0..<100_000 { markdown += "> |E\(index)<br />x|`a \\| b`|\n" }
    let page = parser.parse(markdown, path: "big.md")
    let table = try #require(page.document.tables.first)
    #expect(table.rows.count == 100_000)
    #expect(table.rows.last?.cells.map(\.text) == ["E99999\nx", "a | b"])
    #expect(page.diagnostics.isEmpty)
  }

  @Test func aTenMegabyteCell() throws {
    let cell = String(repeating: "word *emphasis* `code` ", count: 10_000_000 / 23)
    let page = parser.parse("|A|\n|-|\n|\(cell)|\n", path: "cell.md")
    #expect(page.document.tables.first?.rows.first?.cells.first?.markdown.utf8.count == cell.utf8.count - 1)
  }

  @Test func tenThousandNestedBlockQuotes() {
    let page = parser.parse(String(repeating: ">", count: 10_000) + " deep\n", path: "deep.md")
    #expect(page.diagnostics.map(\.rule) == ["markdown.nesting-too-deep"])
    #expect(
      PlainText.render(
        page.document.allBlocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }.first?.inlines ?? [])
        == "deep")
  }

  @Test func tenThousandNestedListsAndEmphasis() {
    let lists = (0..<2_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
    #expect(parser.parse(lists, path: "lists.md").diagnostics.map(\.rule) == ["markdown.nesting-too-deep"])
    let emphasis = String(repeating: "*a _b ", count: 5_000) + String(repeating: "_ c*", count: 5_000)
    #expect(parser.parse(emphasis, path: "em.md").document.blocks.count == 1)
  }

  @Test func twentyThousandNestedEmphases() throws {
    // Deeper than the inline depth limit: the rest is flattened to text without recursion.
    let page = parser.parse(
      String(repeating: "*a ", count: 20_000) + "x" + String(repeating: " b*", count: 20_000), path: "em.md")
    guard case .paragraph(let paragraph)? = page.document.blocks.first else {
      Issue.record("expected a paragraph")
      return
    }
    #expect(PlainText.render(paragraph.inlines).count == 20_000 * 6 + 1 - 2 * 20_000)
  }

  /// List items opened one inside the other on one line (not a thematic break: the line ends in text), alone
  /// and after as many block quotes; their columns are counted on along the line, not from its start again.
  @Test(.timeLimit(.minutes(1))) func aHundredThousandListMarkersOnOneLine() throws {
    for markdown in [
      String(repeating: "- ", count: 100_000) + "x\n",
      String(repeating: "> ", count: 50_000) + String(repeating: "- ", count: 50_000) + "x\n|a|\n|-|\n",
    ] {
      let page = parser.parse(markdown, path: "markers.md")
      #expect(page.diagnostics.map(\.rule) == ["markdown.nesting-too-deep"])
      let paragraph = page.document.allBlocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }.first
      #expect(PlainText.render(try #require(paragraph).inlines).hasPrefix("x"))
    }
  }

  /// Equal headings numbered `a`, `a-1` … `a-39999`, and a heading that takes a number early, as the site
  /// writes them and the anchor checks read them.
  @Test(.timeLimit(.minutes(1))) func fortyThousandEqualHeadings() throws {
    let headings = "## A-7\n\n" + String(repeating: "## a\n\n", count: 40_000)
    let fixture = try DocSetFixture([
      "en-US/page.md": "# T\n\n[first](#a) [numbered](#a-7) [last](#a-40000) [none](#a-40001)\n\n" + headings
    ])
    let page = String(decoding: try #require(SiteBuilder.files(of: fixture.root)["en-US/page.html"]), as: UTF8.self)
    #expect(page.contains("<h2 id=\"a-7\">A-7</h2>"))
    #expect(page.contains("<h2 id=\"a-6\">a</h2>\n<h2 id=\"a-8\">a</h2>"))
    #expect(page.contains("<h2 id=\"a-40000\">a</h2>") && !page.contains("\"a-40001\""))
    let findings = try ValidationPipeline(docsDirectory: fixture.root.path).run(observer: IgnoredEvents()).diagnostics
    #expect(findings.filter { $0.rule == "link.missing-anchor" }.map(\.message).count == 1)
    #expect(findings.first { $0.rule == "link.missing-anchor" }?.message.contains("a-40001") == true)
  }

  /// DocFX blocks opened and never closed, one inside the other: read to a fixed depth, the rest kept as
  /// text; end lines that close nothing; and tabs by the thousand, each read once. Rendered whole.
  @Test(.timeLimit(.minutes(1))) func tenThousandUnclosedDocFXBlocksAndTabs() throws {
    let zones = String(repeating: ":::zone pivot=\"a\":::\n\n", count: 10_000)
    let page = parser.parse(zones, path: "zones.md")
    let rules = page.diagnostics.map(\.rule)
    #expect(rules.filter { $0 == "docfx.unbalanced-block" }.count == DocFXReading.maximumDepth + 1)
    var depth = 0
    var blocks = page.document.blocks
    while case .docfx(let block)? = blocks.first {
      depth += 1
      blocks = block.construct.blocks
    }
    #expect(depth == DocFXReading.maximumDepth)
    #expect(blocks.count == 10_000 - DocFXReading.maximumDepth)

    let ends = parser.parse(String(repeating: ":::zone-end:::\n\n", count: 10_000), path: "ends.md")
    #expect(ends.diagnostics.count == 10_000 && ends.document.blocks.isEmpty)

    let nested =
      String(repeating: ":::zone pivot=\"a\":::\n", count: 5_000) + String(repeating: ":::image-end:::\n", count: 5_000)
    #expect(parser.parse(nested, path: "nested.md").document.blocks.count == 1)

    let tabs = (0..<10_000).map { "# [Tab \($0)](#tab/t\($0))\n\nText \($0).\n\n" }.joined() + "---\n"
    let tabbed = parser.parse(tabs, path: "tabs.md")
    guard case .docfx(let group)? = tabbed.document.blocks.first else {
      Issue.record("expected a tab group")
      return
    }
    #expect(group.construct.attributes.list.count == 10_000)
    #expect(tabbed.document.blocks.count == 1)
  }

  /// Rows that all have one key, in a source and a translation with one row more: each duplicate gets the
  /// next suffix, and the translation's rows pair off in order.
  @Test(.timeLimit(.minutes(1))) func twentyThousandRowsWithOneKey() throws {
    let rows = Array(repeating: ["Same error", "Box", "d", "r"], count: 20_000)
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: rows),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: rows + [["Same error", "Box", "d", "r"]]),
    ])
    let (catalog, diagnostics) = try fixture.build()
    #expect(catalog.entries.count == 20_000)
    let ids = catalog.entries.map(\.id)
    #expect(Set(ids).count == 20_000)
    #expect(ids[1] == ids[0] + "-2" && ids[19_999] == ids[0] + "-20000")
    #expect(catalog.entries.last?.locales["ja-JP"]?.line == catalog.entries.last.map { $0.locales["en-US"]!.line })
    #expect(diagnostics.filter { $0.rule == "catalog.duplicate-key" }.count == 19_999)
    let findings = try ValidationPipeline(docsDirectory: fixture.root.path).run(observer: IgnoredEvents()).diagnostics
    #expect(findings.filter { $0.rule == "translation.row-alignment" }.count == 1)
  }

  @Test func aMegabyteOfBackticks() {
    let page = parser.parse(
      String(repeating: "`", count: 1_000_000) + "\n|a|\n|-|\n" + String(repeating: "`", count: 999_999),
      path: "ticks.md")
    #expect(page.diagnostics.isEmpty)
  }

  @Test func nulBytesAndInvalidUTF8Everywhere() {
    var bytes: [UInt8] = []
    for index in 0..<50_000 { bytes += [0x7C, UInt8(index % 256), 0x00, 0xFF, 0x7C, 0x0A] }
    let page = parser.parse(bytes: bytes, path: "mess.md")
    #expect(Set(page.diagnostics.map(\.rule)) == ["encoding.invalid-utf8", "encoding.nul-byte"])
  }

  /// The UTF-8 check skips ASCII eight bytes at a time; it must still find exactly what Swift's own
  /// validation finds, at the first bad byte, wherever it falls in or after a run of ASCII.
  @Test(arguments: [UInt64(11), 12, 13])
  func invalidUTF8IsFoundWhereverItFalls(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let pieces: [[UInt8]] = [
      Array("abcdefgh".utf8), Array("a".utf8), Array("|x|\n".utf8), Array("é".utf8), Array("日".utf8), Array("😀".utf8),
      [0xFF], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE6, 0x97], [0x80],
    ]
    for _ in 0..<500 {
      let bytes = (0..<Int.random(in: 1...24, using: &random)).flatMap { _ in pieces.randomElement(using: &random)! }
      let page = parser.parse(bytes: Array("x\n".utf8) + bytes, path: "p.md")
      let reported = page.diagnostics.first { $0.rule == "encoding.invalid-utf8" }
      let firstBad = (1...bytes.count).first {
        String(validating: bytes[..<$0], as: UTF8.self) == nil && !isCutShort(bytes[..<$0])
      }
      #expect((reported != nil) == (String(validating: bytes, as: UTF8.self) == nil), "\(bytes)")
      if let reported, let firstBad, !bytes[..<(firstBad - 1)].contains(0x0A) {
        // The bad sequence starts at or before the byte that made the prefix invalid, on line 2.
        #expect(reported.line == 2 && reported.column <= firstBad, "\(bytes)")
      }
    }
  }

  /// Whether bytes end in the middle of a well-formed sequence (so far), which is not yet an error.
  private func isCutShort(_ bytes: ArraySlice<UInt8>) -> Bool {
    let lastLead = bytes.lastIndex { $0 & 0xC0 != 0x80 } ?? bytes.startIndex
    guard String(validating: bytes[..<lastLead], as: UTF8.self) != nil else { return false }
    let lead = bytes[lastLead]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 1
    return bytes.endIndex - lastLead < length
  }

  @Test(arguments: [UInt64(7), 8, 9])
  func aBinaryFile(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let bytes = (0..<2_000_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    let page = parser.parse(bytes: bytes, path: "binary.md")
    #expect(page.diagnostics.contains { $0.rule == "encoding.invalid-utf8" && $0.severity == .error })
  }

  @Test func fuzzFindingsStayFixed() throws {
    for (file, bytes) in try Self.fuzzFindings(of: "DocParserFuzzer") {
      _ = parser.parse(bytes: bytes, path: file)
    }
  }

  /// What the doc set fuzzer found builds without writing outside the docs' project, as do its seeds'
  /// hostile shapes: outputs the configuration names outside the project.
  @Test func docSetFuzzFindingsStayFixed() throws {
    let escaping = "# Page\n\0\0\0sourceLocale: en-US\nlocales: [en-US]\noutputs:\n  swift: ../../../escaped.swift\n"
    let inputs = try Self.fuzzFindings(of: "DocSetFuzzer") + [("escaping outputs", Array(escaping.utf8))]
    for (name, bytes) in inputs {
      let folder = FileManager.default.temporaryDirectory.path + "/doccatalog-fuzz-\(UUID().uuidString)"
      #expect(FuzzDocSet.build(bytes, in: folder) == [], "\(name)")
    }
  }

  /// The files a fuzzer left in `Fuzz/Findings/TARGET/`, by name.
  private static func fuzzFindings(of target: String) throws -> [(String, [UInt8])] {
    let findings = Paths.repositoryRoot.appendingPathComponent("Fuzz/Findings/\(target)")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: findings.path)) ?? []
    return try files.sorted().filter { !$0.hasPrefix(".") }.map {
      ($0, [UInt8](try Data(contentsOf: findings.appendingPathComponent($0))))
    }
  }

  /// Files that are not regular files, named like pages, are reported and never block the reader: a FIFO
  /// (which a plain read would wait on for a writer), a broken link and a character device.
  @Test(.timeLimit(.minutes(1))) func specialFilesNamedLikePages() throws {
    let fixture = try DocSetFixture(["en-US/page.md": "# Page\n"])
    let folder = fixture.root.appendingPathComponent("en-US").path
    #expect(mkfifo(folder + "/fifo.md", 0o600) == 0)
    #expect(symlink("/nonexistent/target.md", folder + "/broken.md") == 0)
    #expect(symlink("/dev/zero", folder + "/zero.md") == 0)
    let docSet = try DocSetReading.read(root: fixture.root.path)
    #expect(docSet.pages.map(\.path) == ["en-US/broken.md", "en-US/fifo.md", "en-US/page.md", "en-US/zero.md"])
    let unreadable = docSet.diagnostics.filter { $0.rule == "io.unreadable" || $0.rule == "source.outside-docs" }
      .map { "\($0.file): \($0.message)" }
    #expect(
      unreadable == [
        fixture.root.path + "/en-US/broken.md: cannot read file: no such file",
        fixture.root.path + "/en-US/fifo.md: cannot read file: is not a regular file",
        fixture.root.path + "/en-US/zero.md: links outside the docs folder; not read",
      ])
  }

  /// Links that stay inside the docs folder are followed, to folders as to files, but not back into a folder
  /// the walk is inside of (a link up makes no loop), and into each folder once at most through links (links
  /// to links cannot multiply the walk); links out of the docs folder are reported and not followed; a folder
  /// named like a page is entered, not read.
  @Test func linkedFolders() throws {
    let elsewhere = try DocSetFixture(["a.md": "# A\n", "deep/b.md": "# B\n"])
    let fixture = try DocSetFixture([
      "ja-JP/page.md": "# Page\n", "ja-JP/folder.md/inside.md": "# Inside\n", "shared/s.md": "# S\n",
    ])
    let root = fixture.root.path
    #expect(symlink(elsewhere.root.path, root + "/en-US") == 0)
    #expect(symlink(elsewhere.root.path + "/deep", root + "/ja-JP/linked") == 0)
    #expect(symlink(elsewhere.root.path + "/a.md", root + "/ja-JP/file-link.md") == 0)
    #expect(symlink(root + "/ja-JP", root + "/ja-JP/folder.md/up") == 0)
    #expect(symlink("../shared", root + "/ja-JP/shared") == 0)
    #expect(symlink("../shared", root + "/ja-JP/shared-again") == 0)
    // A ladder of folders each linking twice to the next: 2^40 paths if every link were walked.
    for level in 0..<40 {
      let folder = root + "/ja-JP/ladder/l\(level)"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      #expect(symlink("../l\(level + 1)", folder + "/x") == 0)
      #expect(symlink("../l\(level + 1)", folder + "/y") == 0)
    }
    let docSet = try DocSetReading.read(root: root)
    #expect(
      docSet.pages.map(\.path) == [
        "ja-JP/file-link.md", "ja-JP/folder.md/inside.md", "ja-JP/page.md", "ja-JP/shared/s.md", "shared/s.md",
      ])
    #expect(
      docSet.diagnostics.map { "\($0.file.dropFirst(root.count + 1)) \($0.rule)" }.sorted() == [
        "en-US source.outside-docs", "ja-JP/file-link.md source.outside-docs", "ja-JP/linked source.outside-docs",
      ])
  }

  /// Locales configured without pages of their own get their index only: four hundred of them add four
  /// hundred small files, not four hundred copies of every page.
  @Test func localesWithoutPagesAddTheirIndexOnly() throws {
    let locales = (0..<400).map { "de-\(String(UnicodeScalar(65 + $0 / 26)!))\(String(UnicodeScalar(65 + $0 % 26)!))" }
    var files = ["doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US, \(locales.joined(separator: ", "))]\n"]
    for page in 0..<20 {
      files["en-US/p\(page).md"] = "# Page \(page)\n\n" + String(repeating: "text ", count: 2_000) + "\n"
    }
    let docs = try DocSetFixture(files)
    let site = try SiteBuilder.files(of: docs.root)
    #expect(site.count == 20 + 401 + 2)
    #expect(site["de-AA/index.html"] != nil && site["de-AA/p0.html"] == nil)
    let size = site.values.reduce(0) { $0 + $1.count }
    #expect(size < 20 * 10_000 * 5)
  }

  /// Three hundred pages each including one file of twenty thousand headings, each page with a link to the
  /// last of them and one to none: the file's anchors are found once and shared, not copied into each page's,
  /// and read in another case once, not once for each link.
  @Test func manyPagesIncludingAFileOfManyHeadings() throws {
    var files = ["doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US]\n"]
    files["en-US/includes/big.md"] = (0..<20_000).map { "## Part \($0)\n" }.joined()
    for page in 0..<300 {
      files["en-US/p\(page).md"] =
        "# Page\n\n[!INCLUDE [big](includes/big.md)]\n\n[last](#part-19999) [none](#part-x)\n"
    }
    let fixture = try DocSetFixture(files)
    let findings = try ValidationPipeline(docsDirectory: fixture.root.path).run(observer: IgnoredEvents()).diagnostics
    #expect(findings.filter { $0.rule == "link.missing-anchor" }.count == 300)
  }

  /// A redirection file of a hundred thousand nested arrays is reported, not read with a deep recursion.
  @Test func aDeeplyNestedRedirectionFile() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US]\n",
      ".openpublishing.redirection.json": "{\"redirections\": " + String(repeating: "[", count: 100_000),
      "en-US/page.md": "# Page\n",
    ])
    let findings = try ValidationPipeline(docsDirectory: fixture.root.path).run(observer: IgnoredEvents()).diagnostics
    #expect(findings.filter { $0.rule.hasPrefix("redirection") }.map(\.rule) == ["redirection.invalid-file"])
  }

  /// A table of contents of twenty thousand `href:` lines, one of them a megabyte long, is read line by line,
  /// its links checked as pages' are.
  @Test func aHugeTableOfContents() throws {
    var toc = "items:\n"
    for index in 0..<20_000 { toc += "- href: p\(index % 2).md\n" }
    toc += "- href: " + String(repeating: "x", count: 1_000_000) + ".md\n"
    let fixture = try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US]\n",
      "en-US/toc.yml": toc,
      "en-US/p0.md": "# Page\n",
    ])
    let findings = try ValidationPipeline(docsDirectory: fixture.root.path).run(observer: IgnoredEvents()).diagnostics
    #expect(findings.filter { $0.rule == "link.missing-page" }.count == 10_001)
  }

  /// A `toc.yml` of a hundred thousand nested lists is refused after a scan of its events, not composed
  /// with a deep recursion; one of sixty thousand entries is read up to the bound, reported once.
  @Test func deepAndLongTablesOfContents() throws {
    let deep = TOCReader.yaml(Array((String(repeating: "[", count: 100_000) + "\n").utf8), file: "toc.yml")
    #expect(deep.entries.isEmpty && deep.diagnostics.map(\.rule) == ["toc.invalid"])
    let nested = String(repeating: "- name: a\n  items:\n", count: 1).appending(
      (1..<40).map {
        String(repeating: "  ", count: $0) + "- name: a\n" + String(repeating: "  ", count: $0) + "  items:\n"
      }
      .joined())
    let tooDeep = TOCReader.yaml(Array(nested.utf8), file: "toc.yml")
    #expect(tooDeep.diagnostics.map(\.message) == [TOCInvalid.tooDeep(limit: TOCReader.maximumDepth)])
    let long = TOCReader.yaml(
      Array(String(repeating: "- {name: a, href: a.md}\n", count: 60_000).utf8), file: "toc.yml")
    #expect(long.entries.count == TOCReader.maximumEntries)
    #expect(long.diagnostics.map(\.message) == [TOCInvalid.tooManyEntries(limit: TOCReader.maximumEntries)])
  }

  /// Twenty thousand snippets on one page, each a region of a file of nearly a megabyte: the page shows as
  /// many as its snippet budget allows, and each after is refused at once, not cut again.
  @Test func twentyThousandSnippetsOfALargeFile() throws {
    let docs = try DocSetFixture([
      "en-US/a.md": String(repeating: ":::code source=\"big.txt\" id=\"all\":::\n\n", count: 20_000),
      "en-US/big.txt": "// <all>\n" + String(repeating: "x\n", count: 500_000) + "// </all>\n",
    ])
    let page = parser.parse(
      contentsOf: docs.root.path + "/en-US/a.md", within: DocsFolderBoundary(root: docs.root.path))
    let shown = page.document.allBlocks.filter { if case .codeBlock = $0 { true } else { false } }
    #expect(shown.count == 7)
    #expect(page.diagnostics.filter { $0.rule == "docfx.snippet-too-large" }.count == 20_000 - 7)
  }

  /// Ten thousand unknown `:::` blocks nested in one another, then as many unclosed: reported, each level
  /// read once, the nesting bounded.
  @Test func tenThousandNestedUnknownBlocks() {
    let nested =
      (0..<10_000).map { ":::b\($0):::\n" }.joined() + "x\n"
      + (0..<10_000).reversed().map { ":::b\($0)-end:::\n" }.joined()
    let page = parser.parse(nested + "\n" + String(repeating: ":::open:::\n\n", count: 10_000), path: "deep.md")
    #expect(page.diagnostics.filter { $0.rule == "docfx.unbalanced-block" }.count == 1)
    #expect(page.diagnostics.filter { $0.rule == "docfx.unknown-construct" }.count == 10_000 + 32)
  }

  /// Raw HTML nested twenty thousand deep, then as many end tags that close nothing, in an HTML block and
  /// inline: nested to a fixed depth, the rest kept as text, each end tag looked up in a bounded stack.
  @Test(.timeLimit(.minutes(1))) func twentyThousandNestedRawHTMLElements() throws {
    let block = String(repeating: "<div>", count: 20_000) + "deep" + String(repeating: "</li>", count: 20_000)
    let inline = "x " + String(repeating: "<b>", count: 20_000) + "bold" + String(repeating: "</i>", count: 20_000)
    let fixture = try DocSetFixture(["en-US/page.md": "# T\n\n\(block)\n\n\(inline)\n"])
    let page = String(decoding: try #require(SiteBuilder.files(of: fixture.root)["en-US/page.html"]), as: UTF8.self)
    // The divs stay open over the paragraph that follows, to the end of the page.
    #expect(
      page.contains(
        String(repeating: "<div>", count: 32) + "deep\n<p>x " + String(repeating: "<b>", count: 32) + "bold"))
    #expect(
      page.contains("bold" + String(repeating: "</b>", count: 32) + "</p>\n" + String(repeating: "</div>", count: 32)))
  }

  /// A megabyte line of `@a@a…` is one shorthand; a line of as many shorthands (`@a `, quoted, unclosed
  /// quotes) has each found once, and the findings of all located in one pass over the line.
  @Test(.timeLimit(.minutes(1))) func aMegabyteOfXrefShorthands() throws {
    func xrefs(_ page: ParsedPage) -> [XrefUse] { XrefUse.all(in: page.document) }
    let glued = parser.parse(String(repeating: "@a", count: 500_000) + "\n", path: "glued.md")
    #expect(xrefs(glued).map(\.xref.uid.utf8.count) == [999_999])
    let spaced = parser.parse(String(repeating: "@a ", count: 300_000) + "\n", path: "spaced.md")
    let uses = xrefs(spaced)
    #expect(uses.count == 300_000)
    let positions = XrefUse.positions(of: uses, line: spaced.text.lineText)
    #expect(positions.last.map { [$0.line, $0.column] } == [1, 3 * 299_999 + 1])
    // Each `@'` closes at the next one's quote: `x @` is its uid, and the xrefs pair up.
    let quoted = parser.parse(
      String(repeating: "@\"a b\" ", count: 100_000) + String(repeating: "@'x ", count: 100_000) + "\n",
      path: "quoted.md")
    #expect(xrefs(quoted).count == 100_000 + 50_000)
  }

  /// An xrefmap of a hundred thousand references is read in one pass of libyaml's events.
  @Test(.timeLimit(.minutes(1))) func aHundredThousandEntryXrefmap() throws {
    var yaml = "baseUrl: https://example.com/api/\nreferences:\n"
    for index in 0..<100_000 { yaml += "- uid: N.T\(index)\n  name: T\(index)\n  href: n.t\(index).html\n" }
    let map = try XrefMapLoader.read(Array(yaml.utf8)).get()
    #expect(map.references.count == 100_000)
    #expect(map.references.last?.uid == "N.T99999")
  }
}
