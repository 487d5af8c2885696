import DocParser
import DocTestSupport
import Testing

@Suite("docfx.video-host")
struct DocFXVideoHostTests {
  static let frontMatter = "---\ntitle: Guide\ndescription: A guide.\nms.date: 01/15/2024\n---\n# Guide\n\n"

  /// A video from a host the site does not embed from is found at its quote, naming the host (in lower case,
  /// without its port); one in a list item and one inside a triple-colon block are found too.
  @Test func videosFromOtherHostsAreFoundNamingTheHost() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        1️⃣> [!VIDEO https://Videos.Example.com:8443/embed/1]

        - Step.

          2️⃣> [!VIDEO https://evil.example/x]

        :::zone pivot="windows"
        3️⃣> [!VIDEO https://www.youtube.com.evil.example/embed/2]
        :::zone-end:::

        """
    ])
    #expect(try docs.findings(of: DocFXVideoHost.self) == docs.places("1️⃣", "2️⃣", "3️⃣"))
    #expect(
      try docs.messages(of: DocFXVideoHost.self).first
        == "'[!VIDEO https://Videos.Example.com:8443/embed/1]' is from 'videos.example.com', which is not in "
        + "site.videoHosts: it is shown as a link, not embedded")
  }

  /// Near misses: the default hosts (in any case), an address that is not https (another rule's), a host the
  /// configuration adds.
  @Test func listedHostsAreNotFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + """
        > [!VIDEO https://www.youtube-nocookie.com/embed/a]

        > [!VIDEO https://LEARN-video.azurefd.net/vod/player?id=1]

        > [!VIDEO https://www.microsoft.com/en-us/videoplayer/embed/RE4P5rx]

        > [!VIDEO http://example.com/v]

        """
    ])
    #expect(try docs.findings(of: DocFXVideoHost.self) == [])
    let configured = try MarkedDocs([
      "doccatalog.yml": "sourceLocale: en-US\nsite:\n  videoHosts: [Videos.Example.com]\n",
      "en-US/guide.md": Self.frontMatter + """
        > [!VIDEO https://videos.example.com/embed/1]

        1️⃣> [!VIDEO https://www.youtube.com/embed/2]

        """,
    ])
    #expect(try configured.findings(of: DocFXVideoHost.self) == configured.places("1️⃣"))
  }
}
