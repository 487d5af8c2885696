import DocBuild
import DocModel
import DocParser
import DocTestSupport
import Foundation
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

  /// Where `build` with `outputs` (keys and file names in `out`) reports the rule, with the build cache in
  /// `out` when `cache` is set.
  static func built(
    _ docs: MarkedDocs, _ outputs: [String: String], out: DocSetFixture, cache: Bool = false
  ) throws -> [String] {
    let reported = ReportedDiagnostics()
    _ = try BuildPipeline(
      .init(
        docsDirectory: docs.root.path,
        outputPaths: outputs.mapValues { out.root.appendingPathComponent($0).path },
        cacheDirectory: out.root.appendingPathComponent("cache").path, usesCache: cache)
    ).run(observer: reported)
    return reported.diagnostics.filter { $0.rule == DocFXVideoHost.id }.map {
      "\($0.file.dropFirst(docs.root.path.count + 1)):\($0.line):\($0.column)"
    }
  }

  /// Before, only `validate` reported the rule: `build`, with or without the site, said nothing. It is found
  /// as pages are parsed now: every build reports it as `validate` does, a page taken from the last build's
  /// results too, and a video in a paragraph of its own as well.
  @Test func everyBuildReportsItAsValidateDoes() throws {
    let docs = try MarkedDocs([
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1", "App", "D", "R"]]),
      "en-US/guide.md": Self.frontMatter + """
        1️⃣> [!VIDEO https://evil.example/embed/1]

        2️⃣[!VIDEO https://videos.example.com/2]

        > [!VIDEO https://www.youtube.com/embed/3]

        """,
    ])
    let expected = docs.places("1️⃣", "2️⃣")
    #expect(try docs.findings(of: DocFXVideoHost.self) == expected)
    let out = try DocSetFixture([:])
    #expect(try Self.built(docs, ["json": "c.json"], out: out) == expected)
    #expect(try Self.built(docs, ["swift": "c.swift"], out: out) == expected)
    #expect(try Self.built(docs, ["html": "site", "json": "c.json"], out: out) == expected)
    #expect(try Self.built(docs, ["json": "c.json"], out: out, cache: true) == expected)
    // Another page changed: the guide is taken from the last build's results.
    let errors = docs.root.appendingPathComponent("en-US/errors.md")
    try (String(contentsOf: errors, encoding: .utf8) + "\nMore.\n").write(to: errors, atomically: true, encoding: .utf8)
    #expect(try Self.built(docs, ["json": "c.json"], out: out, cache: true) == expected)
  }
}
