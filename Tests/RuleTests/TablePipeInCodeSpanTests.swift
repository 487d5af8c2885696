import DocParser
import DocTestSupport
import Testing

@Suite("table.pipe-in-code-span")
struct TablePipeInCodeSpanTests {
  /// Found at the pipe that cuts a code span in two cells; an escaped pipe, and code spans closed in
  /// their cells, are not.
  @Test func aPipeInsideACodeSpanIsFoundWhereItIs() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      | Command | Meaning |
      |---|---|
      | `a1️⃣|b` | or |
      | `a\\|b` | escaped |
      | `a` | `b` |

      """
    ])
    let findings = try docs.findings(of: TablePipeInCodeSpan.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: TablePipeInCodeSpan.self)
    #expect(messages == ["a pipe inside a code span ends the cell; escape it as '\\|'"])
  }
}
