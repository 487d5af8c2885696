import DocModel
import DocParser
import Testing

@Suite("Front matter")
struct FrontMatterTests {
  let parser = MarkdownParser()

  @Test func readsTypedKeysAndKeepsEveryOtherKey() throws {
    let page = parser.parse(
      """
      ---
      title: Errors | Docs
      description: What went wrong
      author: someone
      ms.date: 01/29/2020
      ms.contentlocale: ja-JP
      ms.translationtype: MT
      ms.sourcegitcommit: 00599ac6c64a4c62ed9ebdda3edb58f90f92c24d
      ms.locfileid: "76912079"
      ms.custom: seodec18
      ---
      # Title
      """, path: "page.md")
    let frontMatter = page.document.frontMatter
    #expect(page.diagnostics.isEmpty)
    #expect(frontMatter.title == "Errors | Docs")
    #expect(frontMatter.description == "What went wrong")
    #expect(frontMatter.author == "someone")
    #expect(frontMatter.msDate == "01/29/2020")
    #expect(frontMatter.contentLocale == "ja-JP")
    #expect(frontMatter.isMachineTranslated)
    #expect(frontMatter.sourceGitCommit == "00599ac6c64a4c62ed9ebdda3edb58f90f92c24d")
    #expect(frontMatter["ms.locfileid"] == .string("76912079"))
    #expect(frontMatter["ms.custom"] == .string("seodec18"))
    #expect(frontMatter.fields.map(\.key).count == 9)
    #expect(frontMatter.fields.first { $0.key == "ms.date" }?.line == 5)
  }

  @Test func keepsLineNumbersOfTheMarkdownBelow() throws {
    let page = parser.parse("---\ntitle: x\n---\n\n# Heading\n", path: "page.md")
    let heading = try #require(page.document.headings.first)
    #expect(heading.range?.start.line == 5)
  }

  @Test func commentsEmptyValuesAndBlankLinesWork() {
    let page = parser.parse(
      "---\n# required metadata\n\ntitle: T\nkeywords:\nms.prod: ''\n#ROBOTS:\n\nms.topic: conceptual\n---\nText\n",
      path: "page.md")
    #expect(page.diagnostics.isEmpty)
    let frontMatter = page.document.frontMatter
    #expect(frontMatter["keywords"] == .null)
    #expect(frontMatter["ms.prod"] == .string(""))
    #expect(frontMatter.text("ms.prod") == nil)
    #expect(frontMatter["ROBOTS"] == nil)
    #expect(frontMatter.msTopic == "conceptual")
  }

  @Test func byteOrderMarkAndCRLFWork() throws {
    let bytes: [UInt8] =
      [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: T\r\nms.date: 12/10/2018\r\n---\r\n|a|b|\r\n|-|-|\r\n|c|d|\r\n".utf8)
    let page = parser.parse(bytes: bytes, path: "page.md")
    #expect(page.diagnostics.isEmpty)
    #expect(page.document.frontMatter.title == "T")
    #expect(page.document.frontMatter.msDate == "12/10/2018")
    let table = try #require(page.document.tables.first)
    #expect(table.rows.first?.range?.start.line == 7)
    #expect(table.rows.first?.cells.map(\.text) == ["c", "d"])
  }

  @Test func mixedLineEndingsAndLoneCarriageReturnsKeepLinesTrue() throws {
    let page = parser.parse("---\r\ntitle: T\n---\r\n\r|a|\n|-|\r|b|", path: "page.md")
    let table = try #require(page.document.tables.first)
    #expect(table.header.range?.start.line == 5)
    #expect(table.rows.first?.range?.start.line == 7)
  }

  @Test func nestedValuesListsAndNumbers() {
    let page = parser.parse("---\nms.assetid: 1234\nflag: true\nlist: [a, b]\nmap:\n  k: v\n---\n", path: "p.md")
    let frontMatter = page.document.frontMatter
    #expect(frontMatter["ms.assetid"] == .integer(1234))
    #expect(frontMatter["flag"] == .bool(true))
    #expect(frontMatter["list"] == .list([.string("a"), .string("b")]))
    #expect(frontMatter["map"] == .mapping([FrontMatterField(key: "k", value: .string("v"))]))
  }

  /// Scalars are typed as YAML's default schema types them: plain text by its form, quoted or `!!str` text
  /// as a string, and an explicit tag as written.
  @Test(arguments: [
    ("~", FrontMatterValue.null), ("null", .null), ("Null", .null), ("", .null),
    ("yes", .bool(true)), ("On", .bool(true)), ("FALSE", .bool(false)), ("off", .bool(false)),
    ("-12", .integer(-12)), ("+3", .integer(3)), ("0x1F", .integer(31)), ("1_000", .integer(1000)),
    ("1.5", .number(1.5)), (".5", .number(0.5)), ("1e3", .number(1000)), ("-.inf", .string("-.inf")),
    ("\"true\"", .string("true")), ("'12'", .string("12")), ("!!str 12", .string("12")), ("!!int 12", .integer(12)),
    ("!!str yes", .string("yes")),
    ("Yes please", .string("Yes please")), ("nope", .string("nope")), ("12abc", .string("12abc")),
    ("2020-01-29", .string("2020-01-29")), ("01/29/2020", .string("01/29/2020")), ("seodec18", .string("seodec18")),
    ("<<", .string("<<")), ("Über", .string("Über")), ("オン", .string("オン")),
  ])
  func scalarsAreTypedByTheDefaultSchema(text: String, value: FrontMatterValue) {
    let page = parser.parse("---\nkey: \(text)\n---\n", path: "p.md")
    #expect(page.diagnostics.isEmpty)
    #expect(page.document.frontMatter["key"] == value, "\(text)")
  }

  @Test func invalidYAMLIsAnErrorAtItsLine() {
    let page = parser.parse("---\ntitle: ok\nms.date: [unclosed\nauthor: x\n---\n# H\n", path: "docs/bad.md")
    // libyaml notices the unclosed flow sequence on the next line, where the ',' or ']' should be.
    #expect(
      page.diagnostics.map(\.formatted) == [
        "docs/bad.md:4:7: error: front matter is not valid YAML: did not find expected ',' or ']' [front-matter.invalid-yaml]"
      ])
    #expect(page.document.headings.count == 1, "the Markdown is still parsed")
  }

  @Test func invalidYAMLDiagnosticIsExact() {
    let page = parser.parse("---\ntitle: a: b\n---\n", path: "docs/bad.md")
    #expect(
      page.diagnostics.map(\.formatted) == [
        "docs/bad.md:2:9: error: front matter is not valid YAML: mapping values are not allowed in this context [front-matter.invalid-yaml]"
      ])
  }

  @Test func unterminatedFrontMatterIsReadAsMarkdown() {
    let page = parser.parse("---\ntitle: x\n\nText\n", path: "p.md")
    #expect(
      page.diagnostics.map(\.formatted) == [
        "p.md:1:1: warning: front matter opened with '---' is never closed; the page is read as Markdown [front-matter.unterminated]"
      ])
    #expect(page.document.frontMatter.fields.isEmpty)
  }

  @Test func aPageWithoutFrontMatterHasNone() {
    let page = parser.parse("<properties pageTitle=\"x\" />\n\n# H\n", path: "p.md")
    #expect(page.document.frontMatter.fields.isEmpty)
    #expect(page.document.frontMatter.range == nil)
  }
}
