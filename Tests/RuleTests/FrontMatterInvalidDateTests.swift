import DocTestSupport
import DocValidation
import Testing

@Suite("front-matter.invalid-date")
struct FrontMatterInvalidDateTests {
  /// Found on the `ms.date` line; MM/DD/YYYY with one-digit fields, YYYY-MM-DD and leap days are dates.
  @Test func aDateThatIsNoDayIsFoundOnItsLine() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      1️⃣ms.date: 02/29/2023
      ---
      # Guide

      """,
      "en-US/leap.md": """
      ---
      title: Leap day
      ms.date: 02/29/2024
      ---
      # Leap day

      """,
      "en-US/short.md": """
      ---
      title: Short fields
      ms.date: 1/5/2024
      ---
      # Short fields

      """,
      "en-US/iso.md": """
      ---
      title: ISO
      ms.date: 2024-01-15
      ---
      # ISO

      """,
    ])
    let findings = try docs.findings(of: FrontMatterInvalidDate.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: FrontMatterInvalidDate.self)
    #expect(messages == ["ms.date '02/29/2023' is not a valid date; write it as MM/DD/YYYY"])
  }
}
