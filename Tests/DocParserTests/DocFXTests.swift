import DocModel
import DocParser
import Testing

@Suite("DocFX constructs")
struct DocFXTests {
  let parser = MarkdownParser()

  @Test(arguments: ["NOTE", "TIP", "IMPORTANT", "CAUTION", "WARNING", "Note"])
  func alertsBecomeTypedBlocks(_ kind: String) throws {
    let page = parser.parse("> [!\(kind)]\n> Keep *this* text.\n>\n> More.\n", path: "p.md")
    #expect(page.diagnostics.isEmpty)
    guard case .alert(let alert) = try #require(page.document.blocks.first) else {
      Issue.record("expected an alert, got \(page.document.blocks)")
      return
    }
    #expect(alert.kind == Alert.Kind(rawValue: kind.uppercased()))
    #expect(alert.blocks.count == 2)
    guard case .paragraph(let first) = alert.blocks[0] else { return }
    #expect(PlainText.render(first.inlines) == "Keep this text.")
  }

  /// A `:::` line ends a table in DocFX, where it opens or closes a container; cmark-gfm (and so the parser
  /// without DocFX) reads it as a one-cell row.
  @Test func aContainerMarkerEndsATable() throws {
    let text = "| a | b |\n|---|---|\n| 1 | 2 |\n::: moniker-end\n| 3 | 4 |\n"
    let docFX = parser.parse(text, path: "p.md").document
    #expect(docFX.tables.count == 1)
    #expect(docFX.tables.first?.rows.count == 1)
    // The marker, which closes no block here, is left out of the text (docfx.unbalanced-block reports it);
    // the line after it is a paragraph of its own.
    guard docFX.blocks.count == 2, case .paragraph(let rest) = docFX.blocks[1] else {
      Issue.record("expected the table and a paragraph, got \(docFX.blocks)")
      return
    }
    #expect(rest.inlines.first == .text("| 3 | 4 |"))
    let gfm = MarkdownParser(interpretsDocFX: false).parse(text, path: "p.md").document
    #expect(gfm.tables.first?.rows.count == 3)
  }

  /// Cells are searched for markers only where the table's lines could give one: `[!`, an entity or an escape.
  @Test(arguments: [
    ("| a |\n|---|\n| [!FOO] x |\n", true), ("| a |\n|---|\n| &#91;!FOO] x |\n", true),
    ("| a |\n|---|\n| \\[!FOO] x |\n", true), ("| a |\n|---|\n| [FOO] x! |\n", false),
  ])
  func markersInTableCells(page: String, reported: Bool) throws {
    let parsed = parser.parse(page, path: "p.md")
    #expect(parsed.diagnostics.contains { $0.rule == "docfx.unknown-marker" } == reported, "\(page.debugDescription)")
    let include = parser.parse("| a |\n|---|\n| see [!INCLUDE [x](x.md)] |\n", path: "p.md")
    #expect(
      include.document.tables.first?.rows.first?.cells.first?.inlines.contains {
        if case .include = $0 { true } else { false }
      } == true)
  }

  /// The search reads eight bytes at a time: a marker is found wherever it falls in a word, a `[` and `!`
  /// split by a word's end included, and a lone `!` is no marker.
  @Test func markersAtEveryOffsetOfTheCellSearch() {
    for padding in 0..<17 {
      let filler = String(repeating: "x", count: padding)
      for (cell, reported) in [("[!FOO]", true), ("&#91;!FOO]", true), ("[ !FOO]", false), ("x!", false)] {
        let page = "| a |\n|---|\n| \(filler)\(cell) |\n"
        let found = parser.parse(page, path: "p.md").diagnostics.contains { $0.rule == "docfx.unknown-marker" }
        #expect(found == reported, "\(page.debugDescription)")
      }
    }
  }

  @Test func alertWithoutSpaceAfterTheQuoteMarkerAndWithHardBreak() throws {
    let page = parser.parse(">[!IMPORTANT]  \n>Text\n", path: "p.md")
    guard case .alert(let alert) = try #require(page.document.blocks.first) else {
      Issue.record("expected an alert")
      return
    }
    #expect(alert.kind == .important)
    #expect(alert.blocks.count == 1)
  }

  @Test func divHoldsTheTableAfterIt() throws {
    let page = parser.parse("> [!div class=\"mx-tableFixed\"]\n>\n> |a|b|\n> |-|-|\n> |c|d|\n", path: "p.md")
    guard case .div(let div) = try #require(page.document.blocks.first) else {
      Issue.record("expected a div, got \(page.document.blocks)")
      return
    }
    #expect(div.className == "mx-tableFixed")
    #expect(div.attributes == "class=\"mx-tableFixed\"")
    guard case .table(let table)? = div.blocks.first else {
      Issue.record("expected the table inside the div")
      return
    }
    #expect(table.rows.count == 1)
  }

  @Test func divWhoseTableFollowsOnTheNextLine() throws {
    // The marker and the table share one paragraph: the marker line is parsed on its own.
    let page = parser.parse("> [!div class=\"mx-tableFixed\"]\n> |a|b|\n> |-|-|\n", path: "p.md")
    guard case .div(let div) = try #require(page.document.blocks.first) else {
      Issue.record("expected a div, got \(page.document.blocks)")
      return
    }
    #expect(div.blocks.count == 1)
    if case .table = div.blocks[0] {} else { Issue.record("expected a table, got \(div.blocks)") }
  }

  @Test func nextStepActionKeepsItsLink() throws {
    let page = parser.parse("> [!div class=\"nextstepaction\"]\n> [Daily work](daily.md)\n", path: "p.md")
    guard case .div(let div) = try #require(page.document.blocks.first),
      case .paragraph(let paragraph)? = div.blocks.first,
      case .link(let link)? = paragraph.inlines.first
    else {
      Issue.record("expected a div with a link, got \(page.document.blocks)")
      return
    }
    #expect(div.className == "nextstepaction")
    #expect(link.destination == "daily.md")
  }

  @Test(arguments: [
    "[!INCLUDE [Open support ticket](includes/support.md)]",
    "[!INCLUDE[Open support ticket](includes/support.md)]",
    "[!include [Open support ticket](includes/support.md)]",
  ])
  func includeAloneIsABlock(_ markdown: String) throws {
    let page = parser.parse(markdown + "\n", path: "p.md")
    #expect(
      page.document.blocks == [
        .include(
          Include(title: "Open support ticket", path: "includes/support.md", range: page.document.blocks.first?.range))
      ])
    #expect(page.document.includes.map(\.path) == ["includes/support.md"])
  }

  @Test func includeInsideTextAndCells() throws {
    let page = parser.parse(
      "Before [!INCLUDE [x](a.md)] after.\n\n|A|B|\n|-|-|\n|[!INCLUDE[ssNoVersion](../includes/ssnoversion-md.md)] text|b|\n",
      path: "p.md")
    guard case .paragraph(let paragraph) = page.document.blocks[0] else {
      Issue.record("expected a paragraph")
      return
    }
    #expect(
      paragraph.inlines == [
        .text("Before "), .include(Include(title: "x", path: "a.md", range: paragraph.range)), .text(" after."),
      ])
    #expect(page.document.includes.map(\.path) == ["a.md", "../includes/ssnoversion-md.md"])
    #expect(page.document.tables.first?.rows.first?.cells.first?.text == "ssNoVersion text")
  }

  @Test func headingAnchorsAreLifted() throws {
    let page = parser.parse("# <a name=\"troubleshooting\"></a>トラブルシューティング\n\n## Plain\n", path: "p.md")
    let headings = page.document.headings
    #expect(headings.map(\.anchor) == ["troubleshooting", nil])
    #expect(headings.map { PlainText.render($0.inlines) } == ["トラブルシューティング", "Plain"])
  }

  @Test func unknownMarkersAreKeptAndReported() throws {
    let page = parser.parse("> [!FOO]\n> Text\n\nInline [!BAR] here.\n", path: "docs/p.md")
    #expect(
      page.diagnostics.map(\.formatted) == [
        "docs/p.md:1:3: warning: unknown DocFX marker '[!FOO]' is kept as text [docfx.unknown-marker]",
        "docs/p.md:4:1: warning: unknown DocFX marker '[!BAR]' is kept as text [docfx.unknown-marker]",
      ])
    guard case .blockQuote(let quote) = page.document.blocks[0], case .paragraph(let paragraph) = quote.blocks[0] else {
      Issue.record("expected the block quote to stay")
      return
    }
    #expect(PlainText.render(paragraph.inlines) == "[!FOO] Text")
  }

  @Test func legacyAzureMarkersAreNotDocFXMarkers() {
    let page = parser.parse("> [AZURE.NOTE]\n> Text\n", path: "p.md")
    #expect(page.diagnostics.isEmpty)
    if case .blockQuote = page.document.blocks[0] {} else { Issue.record("expected a plain block quote") }
  }

  /// An `:::image` inside a line of text (an icon in a sentence, as Learn pages write it) is an image; one
  /// that starts its line is still the block, and one without a source stays text.
  @Test func anImageInsideALineIsAnInlineImage() throws {
    let text = """
      1. Select the :::image type="icon" source="../media/book.png" alt-text="Book icon"::: (book) icon, \
      then :::image source="a.png":::.

      :::image type="content" source="media/whole.png" alt-text="Whole line":::

      Kept as text: :::image alt-text="no source":::.
      """
    let page = parser.parse(text, path: "p.md")
    guard case .list(let list) = page.document.blocks.first, case .paragraph(let item)? = list.items.first?.blocks.first
    else {
      Issue.record("expected a list, got \(page.document.blocks)")
      return
    }
    let images = item.inlines.compactMap { inline -> String? in
      if case .image(let image) = inline { return image.destination + "|" + PlainText.render(image.children) }
      return nil
    }
    #expect(images == ["../media/book.png|Book icon", "a.png|"])
    #expect(PlainText.render(item.inlines).contains("Select the Book icon (book) icon,"))
    guard case .docfx(let block) = page.document.blocks[1] else {
      Issue.record("expected the image block, got \(page.document.blocks[1])")
      return
    }
    #expect(block.construct.files == ["media/whole.png"])
    guard case .paragraph(let last) = page.document.blocks[2] else { return }
    #expect(PlainText.render(last.inlines) == "Kept as text: :::image alt-text=\"no source\":::.")

    // In a table cell, at its start too.
    let table = parser.parse(
      "| Icon | Use |\n|---|---|\n| :::image type=\"icon\" source=\"i.png\"::: Content | Text |\n", path: "t.md")
    let cell = try #require(table.document.tables.first?.rows.first?.cells.first)
    guard case .image(let icon)? = cell.inlines.first else {
      Issue.record("expected an image, got \(cell.inlines)")
      return
    }
    #expect(icon.destination == "i.png")
  }
}
