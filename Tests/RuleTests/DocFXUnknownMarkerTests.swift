import DocParser
import DocTestSupport
import Testing

@Suite("docfx.unknown-marker")
struct DocFXUnknownMarkerTests {
  /// Found at the start of the text that begins with the marker, in a block quote or a table cell; alerts,
  /// includes, divs and the other markers DocFX knows are not.
  @Test func anUnknownMarkerIsFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      Markers DocFX does not know.

      > 1️⃣[!FOO]
      > An unknown marker.

      | Marker | Meaning |
      |---|---|
      | 2️⃣[!BAR] | unknown |

      > [!NOTE]
      > A note.

      > [!div class="op_single_selector"]
      > A div.

      [!VIDEO https://example.com/video]

      [!INCLUDE [snippet](includes/snippet.md)]

      """,
      "en-US/includes/snippet.md": "A snippet.\n",
    ])
    let findings = try docs.findings(of: DocFXUnknownMarker.self)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    let messages = try docs.messages(of: DocFXUnknownMarker.self)
    #expect(messages.first == "unknown DocFX marker '[!FOO]' is kept as text")
  }
}
