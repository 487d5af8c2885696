import DocBuild
import DocModel
import DocParser
import DocTestSupport
import Foundation
import HTMLGenerator
import Testing

/// `[!VIDEO]` is a sandboxed player only for hosts the site embeds from (`site.videoHosts`, else the hosts
/// Learn pages embed from); any other address a page may link to is a link.
@Suite("Video hosts")
struct VideoHostTests {
  func html(_ markdown: String, hosts: Set<String> = Set(VideoHosts.defaults)) throws -> String {
    let document = MarkdownParser().parse(markdown, path: "en-US/page.md").document
    let templates = try HTMLTemplates()
    var renderer = HTMLRenderer(
      context: .init(
        strings: templates.strings(for: "en-US", sourceLocale: "en-US"), pagePath: "en-US/page.md",
        localPath: "page.md", includes: [String: Document](), videoHosts: hosts))
    return renderer.render(document).html
  }

  /// Before, any https address was embedded: a page could frame whatever site it named.
  @Test func videosFromOtherHostsAreLinks() throws {
    for address in [
      "https://evil.example/embed/1", "https://www.youtube.com.evil.example/embed/1",
      "https://www.youtube.com@evil.example/embed/1", "https://evil.example\\@www.youtube.com/",
    ] {
      let output = try html("> [!VIDEO \(address)]\n")
      #expect(!output.contains("<iframe"), "\(address)")
      #expect(output.hasPrefix("<p class=\"docfx-video\"><a href=\"https://"), "\(address)")
    }
  }

  @Test func videosFromListedHostsArePlayers() throws {
    for address in [
      "https://www.youtube-nocookie.com/embed/a", "https://learn-video.azurefd.net/vod/player?id=1",
      "https://WWW.Microsoft.com:443/en-us/videoplayer/embed/RE4P5rx", "https://player.vimeo.com/video/1",
    ] {
      #expect(try html("> [!VIDEO \(address)]\n").contains("<iframe"), "\(address)")
    }
    #expect(try html("> [!VIDEO https://videos.example.com/1]\n", hosts: ["videos.example.com"]).contains("<iframe"))
    #expect(
      !(try html("> [!VIDEO https://www.youtube.com/embed/a]\n", hosts: ["videos.example.com"]).contains("<iframe")))
  }

  /// A paragraph that is the marker alone, without the `>` (a real Exchange Online page has one), is the same
  /// player or link as the quoted marker; the marker inside running text stays text. Before, both were text.
  @Test func aMarkerAloneWithoutItsQuoteIsTheSameVideo() throws {
    for address in ["https://www.microsoft.com/videoplayer/embed/abc?autoplay=false", "https://evil.example/v"] {
      #expect(
        try html("Watch this.\n\n  [!VIDEO \(address)]  \n\nAfter.\n")
          == (try html(
            "Watch this.\n\n> [!VIDEO \(address)]\n\nAfter.\n")))
      #expect(!(try html("[!VIDEO \(address)]\n").contains("[!VIDEO")))
    }
    let running = try html(
      "Text with [!VIDEO https://www.youtube.com/embed/x] inside.\n\n[!VIDEO https://www.youtube.com/embed/y] and more\n"
    )
    #expect(running.contains("<p>Text with [!VIDEO https://www.youtube.com/embed/x] inside.</p>"))
    #expect(running.contains("<p>[!VIDEO https://www.youtube.com/embed/y] and more</p>"))
    #expect(!running.contains("docfx-video"))
  }

  /// `site.videoHosts` replaces the defaults in the built site.
  @Test func theConfigurationNamesTheHosts() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": "sourceLocale: en-US\nsite:\n  videoHosts: [videos.example.com]\n",
      "en-US/errors.md":
        "# Errors\n\n> [!VIDEO https://videos.example.com/1]\n\n> [!VIDEO https://www.youtube.com/embed/a]\n",
    ])
    let out = try DocSetFixture([:])
    let page = try #require(try PageChromeTests.site(of: docs, out: out)("en-US/errors.html"))
    #expect(page.contains("<iframe src=\"https://videos.example.com/1\""))
    #expect(page.contains("<p class=\"docfx-video\"><a href=\"https://www.youtube.com/embed/a\">Video</a></p>"))
  }

  /// Host names only: a scheme, a path, a port, a blank or a list that is not one is a configuration error
  /// at its value.
  @Test func videoHostsThatAreNoHostNamesAreRefused() throws {
    for value in ["https://www.youtube.com", "www.youtube.com/embed", "example.com:443", "a b.com", "-a.com", "a..b"] {
      let docs = try MarkedDocs([
        "doccatalog.yml": "sourceLocale: en-US\nsite:\n  videoHosts:\n    - www.youtube.com\n    - 1️⃣\"\(value)\"\n",
        "en-US/errors.md": "# Errors\n",
      ])
      #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣"), "\(value)")
      #expect(
        try docs.messages(of: ConfigInvalid.self)
          == ["'\(value)' is not a host name such as 'www.youtube-nocookie.com' (no scheme, path or port)"])
    }
    let docs = try MarkedDocs([
      "doccatalog.yml": "sourceLocale: en-US\nsite:\n  videoHosts: 1️⃣www.youtube.com\n", "en-US/errors.md": "# Errors\n",
    ])
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣"))
  }
}
