import DocParser
import DocTestSupport
import Testing

@Suite("table.renderer-difference")
struct TableRendererDifferenceTests {
  /// Found at the start of a body row's text that has no pipe, inside a block quote too; a paragraph after a
  /// blank line is no row.
  @Test func aBodyRowWithoutAPipeIsFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      | a | b |
      |---|---|
      | 1 | 2 |
      1️⃣no pipes here

      > | a | b |
      > |---|---|
      > 2️⃣no pipe either

      | a | b |
      |---|---|
      | 1 | 2 |

      A paragraph after the table.

      """
    ])
    let findings = try docs.findings(of: TableRendererDifference.self)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    let messages = try docs.messages(of: TableRendererDifference.self)
    #expect(messages.first == "row has no pipe: GitHub reads it as a one-cell row, DocFX ends the table before it")
  }

  /// A DocFX container's marker line right after a table (`::: moniker-end`) ends the table, as in DocFX: it is
  /// no row, and no difference worth a finding, while a plain line before it still is.
  @Test func aDocFXMarkerAfterATableIsNoRow() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      ::: moniker range="azure-2020"

      | a | b |
      |---|---|
      | 1 | 2 |
      ::: moniker-end

      > | a | b |
      > |---|---|
      > 1️⃣no pipe
      > :::zone-end

      """
    ])
    #expect(try docs.findings(of: TableRendererDifference.self) == docs.places("1️⃣"))
  }
}
