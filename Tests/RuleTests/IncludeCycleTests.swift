import DocTestSupport
import DocValidation
import Testing

@Suite("include.cycle")
struct IncludeCycleTests {
  /// Found once a cycle, at the first page that meets it; two includes of one file are no cycle.
  @Test func includesIncludingEachOtherAreFoundOnce() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      1️⃣[!INCLUDE [loop](includes/loop-a.md)]

      """,
      "en-US/other.md": """
      # Other

      [!INCLUDE [loop](includes/loop-b.md)]

      [!INCLUDE [diamond](includes/top.md)]

      """,
      "en-US/includes/loop-a.md": "Loop A.\n\n[!INCLUDE [b](loop-b.md)]\n",
      "en-US/includes/loop-b.md": "Loop B.\n\n[!INCLUDE [a](loop-a.md)]\n",
      "en-US/includes/top.md": "[!INCLUDE [left](left.md)]\n\n[!INCLUDE [right](right.md)]\n",
      "en-US/includes/left.md": "[!INCLUDE [leaf](leaf.md)]\n",
      "en-US/includes/right.md": "[!INCLUDE [leaf](leaf.md)]\n",
      "en-US/includes/leaf.md": "Leaf.\n",
    ])
    let findings = try docs.findings(of: IncludeCycle.self)
    #expect(findings == docs.places("1️⃣"))
    let messages = try docs.messages(of: IncludeCycle.self)
    #expect(messages == ["includes form a cycle: loop-a.md → loop-b.md → loop-a.md"])
  }
}
