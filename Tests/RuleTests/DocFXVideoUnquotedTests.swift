import DocParser
import DocTestSupport
import Testing

@Suite("docfx.video-unquoted")
struct DocFXVideoUnquotedTests {
  static let frontMatter = "---\ntitle: Guide\ndescription: A guide.\nms.date: 01/15/2024\n---\n# Guide\n\n"

  /// A paragraph that is a `[!VIDEO]` marker alone (spaces around it, any case, in a list item) is found at
  /// the marker, with the quoted form DocFX expects.
  @Test func markersAloneWithoutTheirQuoteAreFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        Watch this video.

        1️⃣[!VIDEO https://www.microsoft.com/videoplayer/embed/abc?autoplay=false]

           2️⃣[!video https://www.youtube.com/embed/x]\t

        - Step.

          3️⃣[!VIDEO https://www.youtube.com/embed/y]

        """
    ])
    #expect(try docs.findings(of: DocFXVideoUnquoted.self) == docs.places("1️⃣", "2️⃣", "3️⃣"))
    #expect(
      try docs.messages(of: DocFXVideoUnquoted.self).first
        == "'[!VIDEO https://www.microsoft.com/videoplayer/embed/abc?autoplay=false]' is not in a block quote: "
        + "DocFX expects '> [!VIDEO https://www.microsoft.com/videoplayer/embed/abc?autoplay=false]'")
  }

  /// Near misses: the quoted marker, the marker inside running text or followed by text on its line or the
  /// next, another marker alone.
  @Test func quotedAndRunningMarkersAreNotFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        > [!VIDEO https://www.youtube.com/embed/a]

        Text with [!VIDEO https://www.youtube.com/embed/b] inside.

        [!VIDEO https://www.youtube.com/embed/c] and more.

        [!VIDEO https://www.youtube.com/embed/d]
        Next line.

        [!NOTE]

        """
    ])
    #expect(try docs.findings(of: DocFXVideoUnquoted.self) == [])
  }
}
