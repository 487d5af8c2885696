import DocParser
import DocTestSupport
import Testing

@Suite("table.cell-count-mismatch")
struct TableCellCountMismatchTests {
  @Test func extraCellsAreFoundAtTheFirstExtraCellAndMissingOnesAtTheRowsEnd() throws {
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
      | 1 | 2 | 1️⃣3 |
      | 1 2️⃣|
      | 1 | 2 |

      """
    ])
    let findings = try docs.findings(of: TableCellCountMismatch.self)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    let messages = try docs.messages(of: TableCellCountMismatch.self)
    #expect(
      messages == [
        "row has 3 cells but the header has 2; GitHub drops the extra cells, DocFX shows them",
        "row has 1 cell but the header has 2; missing cells are empty",
      ])
  }
}
