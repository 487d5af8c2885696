import DocParser
import DocTestSupport
import Testing

@Suite("table.delimiter-mismatch")
struct TableDelimiterMismatchTests {
  /// Found at the start of the delimiter row's text, inside its block quote too; an escaped pipe splits no
  /// header cell.
  @Test func aDelimiterRowWithOtherCellsThanTheLineAboveIsFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      Tables whose delimiter rows miscount.

      | a | b |
      1️⃣|---|---|---|

      > | a | b |
      > 2️⃣|---|

      | a \\| b | c |
      |---|---|
      | 1 | 2 |

      """
    ])
    let findings = try docs.findings(of: TableDelimiterMismatch.self)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    let messages = try docs.messages(of: TableDelimiterMismatch.self)
    #expect(messages.first == "delimiter row has 3 cells but the line above has 2; GitHub renders both as text")
  }
}
