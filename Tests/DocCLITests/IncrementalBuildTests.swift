import DocTestSupport
import Foundation
import Testing

/// The build cache: an unchanged doc set is not rebuilt, a changed page rewrites only what depends on it,
/// and a cache that is deleted, damaged or outrun by edited outputs is never trusted.
@Suite("Incremental builds")
struct IncrementalBuildTests {
  /// Two pages in two locales: the catalog page, and a page with no catalog table.
  func docs() throws -> DocSetFixture {
    try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
      "en-US/setup.md": "---\ntitle: Setup\n---\n# Setup\n\nInstall the app.\n",
      "ja-JP/setup.md":
        "---\ntitle: セットアップ\n---\n# セットアップ\n\nアプリをインストールします。\n\n[!INCLUDE [note](../includes/missing.md)]\n",
    ])
  }

  struct Build {
    let docs: URL
    var arguments: [String] = []

    var json: URL { docs.appendingPathComponent("out/catalog.json") }
    var swift: URL { docs.appendingPathComponent("out/Catalog.swift") }
    var site: URL { docs.appendingPathComponent("out/site") }

    func run(_ extra: [String] = []) throws -> CommandResult {
      try Command.run(
        Command.doccatalog,
        ["build", docs.path, "--json", json.path, "--swift", swift.path, "--html", site.path] + arguments + extra)
    }

    /// Each output file's inode and modification time: what changes when a file is rewritten.
    func identities() throws -> [String: String] {
      var result: [String: String] = [:]
      let files =
        [json.path, swift.path]
        + (try FileManager.default.subpathsOfDirectory(atPath: site.path)).map {
          site.path + "/" + $0
        }
      for path in files {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
        result[String(path.dropFirst(docs.path.count + 1))] =
          "\(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
      }
      return result
    }
  }

  func changed(_ before: [String: String], _ after: [String: String]) -> Set<String> {
    Set(Set(before.keys).union(after.keys).filter { before[$0] != after[$0] })
  }

  @Test func anUnchangedDocSetIsNotRebuiltAndReportsTheSameDiagnostics() throws {
    let fixture = try docs()
    let build = Build(docs: fixture.root)
    let first = try build.run()
    #expect(first.status == 0, "\(first.standardError)")
    #expect(first.standardError.contains("wrote "))
    let before = try build.identities()
    #expect(
      before.count == 11, "JSON, Swift, style, three index pages, four pages and the marker: \(before.keys.sorted())")

    let second = try build.run()
    #expect(second.status == 0)
    #expect(second.standardError.contains("up to date"))
    #expect(!second.standardError.contains("wrote "))
    #expect(try build.identities() == before)
    let firstDiagnostics = first.standardError.split(separator: "\n").filter { $0.contains(": warning: ") }
    let secondDiagnostics = second.standardError.split(separator: "\n").filter { $0.contains(": warning: ") }
    #expect(!firstDiagnostics.isEmpty, "the fixture has a warning to replay: \(first.standardError)")
    #expect(secondDiagnostics == firstDiagnostics)
  }

  /// Files that have not changed since the last build are known by their stamp (size, inode, times) and
  /// not read again; an edit that keeps the size and puts the modification time back still changes the
  /// file's status-change time, so it is read and rebuilt.
  @Test func aFileIsTrustedByItsStampOnlyWhileTheStampHolds() throws {
    let fixture = try docs()
    // Stamps of files changed less than a second before a build are not trusted: let them settle.
    Thread.sleep(forTimeInterval: 1.2)
    let build = Build(docs: fixture.root)
    #expect(try build.run().status == 0)
    #expect(try build.run().standardError.contains("up to date"))

    let page = fixture.root.appendingPathComponent("en-US/errors.md")
    var info = stat()
    #expect(stat(page.path, &info) == 0)
    let contents = try String(contentsOf: page, encoding: .utf8)
    let edited = contents.replacingOccurrences(of: "E1: failed", with: "E1: FAILED")
    #expect(edited != contents && edited.utf8.count == contents.utf8.count)
    try Data(edited.utf8).write(to: page)
    var times = [info.st_atim, info.st_mtim]
    #expect(utimensat(AT_FDCWD, page.path, &times, 0) == 0)
    var after = stat()
    #expect(stat(page.path, &after) == 0)
    #expect(
      after.st_size == info.st_size && after.st_mtim.tv_sec == info.st_mtim.tv_sec
        && after.st_mtim.tv_nsec == info.st_mtim.tv_nsec)

    let rebuilt = try build.run()
    #expect(!rebuilt.standardError.contains("up to date"), "\(rebuilt.standardError)")
    #expect(try String(contentsOf: build.json, encoding: .utf8).contains("E1: FAILED"))
  }

  @Test func anUpToDateBuildStillClearsWhatKilledBuildsLeft() throws {
    let fixture = try docs()
    let build = Build(docs: fixture.root)
    #expect(try build.run().status == 0)
    // What a build killed mid-write leaves: a staging site and a temporary file, named after a dead process.
    let out = fixture.root.appendingPathComponent("out")
    let leftovers = [
      out.appendingPathComponent(".site.tmp-999999999"), out.appendingPathComponent(".catalog.json.tmp-999999999"),
    ]
    try FileManager.default.createDirectory(
      at: leftovers[0].appendingPathComponent("en-US"), withIntermediateDirectories: true)
    try Data("partial".utf8).write(to: leftovers[1])
    let result = try build.run()
    #expect(result.standardError.contains("up to date"))
    for leftover in leftovers {
      #expect(!FileManager.default.fileExists(atPath: leftover.path), "\(leftover.lastPathComponent) is removed")
    }
  }

  @Test func aChangedPageRewritesOnlyWhatDependsOnIt() throws {
    let fixture = try docs()
    let build = Build(docs: fixture.root)
    #expect(try build.run().status == 0)
    let before = try build.identities()

    // A page outside the catalog: its HTML changes, nothing else.
    try Data("---\ntitle: Setup\n---\n# Setup\n\nInstall the app, then sign in.\n".utf8)
      .write(to: fixture.root.appendingPathComponent("en-US/setup.md"))
    #expect(try build.run().status == 0)
    let afterSetup = try build.identities()
    #expect(changed(before, afterSetup) == ["out/site/en-US/setup.html"])

    // A catalog row: the page, the JSON and the Swift source change; the other pages and locales do not.
    let page = DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "Restart the app."]])
    try Data(page.utf8).write(to: fixture.root.appendingPathComponent("en-US/errors.md"))
    #expect(try build.run().status == 0)
    #expect(
      changed(afterSetup, try build.identities()) == [
        "out/catalog.json", "out/Catalog.swift", "out/site/en-US/errors.html",
      ])
  }

  @Test func aDeletedOrDamagedCacheMeansAFullBuildWithTheSameOutputs() throws {
    let fixture = try docs()
    let build = Build(docs: fixture.root)
    #expect(try build.run().status == 0)
    let json = try Data(contentsOf: build.json)
    let cache = fixture.root.appendingPathComponent(".doccatalog-cache")
    let manifests = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".manifest") }
    #expect(manifests.count == 1)
    let manifest = cache.appendingPathComponent(manifests[0])

    // One flipped byte in the body, a truncated file, random bytes: none is trusted.
    let stored = [UInt8](try Data(contentsOf: manifest))
    var flipped = stored
    flipped[flipped.count - 10] ^= 0x01
    for damaged in [flipped, Array(stored.prefix(stored.count / 2)), Array("not a manifest".utf8)] {
      try Data(damaged).write(to: manifest)
      try FileManager.default.removeItem(at: build.json)
      let result = try build.run()
      #expect(result.status == 0)
      #expect(!result.standardError.contains("up to date"))
      #expect(try Data(contentsOf: build.json) == json)
      #expect(try build.run().standardError.contains("up to date"), "a full build leaves a trusted cache")
    }

    try FileManager.default.removeItem(at: cache)
    let rebuilt = try build.run()
    #expect(rebuilt.status == 0 && !rebuilt.standardError.contains("up to date"))
    #expect(try Data(contentsOf: build.json) == json)
  }

  @Test func editedOrRemovedOutputsAreRebuilt() throws {
    let fixture = try docs()
    let build = Build(docs: fixture.root)
    #expect(try build.run().status == 0)
    let json = try Data(contentsOf: build.json)
    let page = build.site.appendingPathComponent("en-US/setup.html")
    let html = try Data(contentsOf: page)

    try Data("{}".utf8).write(to: build.json)
    #expect(!(try build.run().standardError.contains("up to date")))
    #expect(try Data(contentsOf: build.json) == json)

    try FileManager.default.removeItem(at: page)
    #expect(!(try build.run().standardError.contains("up to date")))
    #expect(try Data(contentsOf: page) == html)

    try Data("stray".utf8).write(to: build.site.appendingPathComponent("stray.html"))
    #expect(!(try build.run().standardError.contains("up to date")))
    #expect(!FileManager.default.fileExists(atPath: build.site.appendingPathComponent("stray.html").path))
  }

  /// An unchanged page's site file is linked from the old site only while it is the file that page's kept
  /// result was written to: edited by hand, or written by a build that then failed, it is rendered again.
  @Test func anUnchangedPagesSiteFileIsTakenOnlyWhileItIsTheOneWritten() throws {
    let fixture = try docs()
    let build = Build(docs: fixture.root)
    #expect(try build.run().status == 0)
    let setup = build.site.appendingPathComponent("en-US/setup.html")
    let html = try Data(contentsOf: setup)

    // Edited in place, with the page unchanged and another page changed.
    let handle = try FileHandle(forWritingTo: setup)
    try handle.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: 16))
    try handle.close()
    let japanese = fixture.root.appendingPathComponent("ja-JP/setup.md")
    try Data("---\ntitle: セットアップ\n---\n# セットアップ\n\n更新しました。\n".utf8).write(to: japanese)
    #expect(try build.run().status == 0)
    #expect(try Data(contentsOf: setup) == html)

    // A build that fails after rendering the page anew (another page has an error) writes no site; the
    // next build, once the error is gone, does not take the failed build's files for the page's.
    let english = fixture.root.appendingPathComponent("en-US/setup.md")
    try Data("---\ntitle: Setup\n---\n# Setup\n\nInstall the app, then sign in.\n".utf8).write(to: english)
    try Data("---\ntitle: [unclosed\n---\n# セットアップ\n".utf8).write(to: japanese)
    #expect(try build.run().status != 0)
    try Data("---\ntitle: セットアップ\n---\n# セットアップ\n\n更新しました。\n".utf8).write(to: japanese)
    #expect(try build.run().status == 0)
    let incremental = try Data(contentsOf: setup)
    #expect(String(decoding: incremental, as: UTF8.self).contains("then sign in"))

    let full = Build(docs: fixture.root, arguments: ["--no-cache"])
    try FileManager.default.removeItem(at: build.site)
    #expect(try full.run().status == 0)
    #expect(try Data(contentsOf: setup) == incremental)
  }

  @Test func aSiteIndexIsTakenOnlyWhileWhatItListsAndItsFileAreAsWritten() throws {
    let fixture = try docs()
    let build = Build(docs: fixture.root)
    #expect(try build.run().status == 0)
    let index = build.site.appendingPathComponent("en-US/index.html")
    let setup = fixture.root.appendingPathComponent("en-US/setup.md")
    func full() throws -> Data {
      let site = FileManager.default.temporaryDirectory.appendingPathComponent("full-site-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: site) }
      let result = try Command.run(Command.doccatalog, ["build", fixture.root.path, "--html", site.path, "--no-cache"])
      #expect(result.status == 0)
      return try Data(contentsOf: site.appendingPathComponent("en-US/index.html"))
    }

    // Another page's text changes: the index lists the same and is the same file.
    let before = try build.identities()
    try Data("---\ntitle: Setup\n---\n# Setup\n\nInstall the app, then sign in.\n".utf8).write(to: setup)
    #expect(try build.run().status == 0)
    #expect(try build.identities()["out/site/en-US/index.html"] == before["out/site/en-US/index.html"])

    // A page's title changes: its locale's index is made again.
    try Data("---\ntitle: Installing\n---\n# Installing\n\nInstall the app.\n".utf8).write(to: setup)
    #expect(try build.run().status == 0)
    #expect(String(decoding: try Data(contentsOf: index), as: UTF8.self).contains("Installing"))
    #expect(try Data(contentsOf: index) == full())

    // The index edited in place in the site: the next build does not take it for the one it wrote.
    let handle = try FileHandle(forWritingTo: index)
    try handle.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: 16))
    try handle.close()
    try Data("---\ntitle: Installing\n---\n# Installing\n\nInstall the app now.\n".utf8).write(to: setup)
    #expect(try build.run().status == 0)
    #expect(try Data(contentsOf: index) == full())

    // A damaged record of the indexes is ignored.
    let cache = fixture.root.appendingPathComponent(".doccatalog-cache")
    for name in try FileManager.default.contentsOfDirectory(atPath: cache.path) where name.hasSuffix(".indexes") {
      try Data("doccatalog site indexes 1\nnonsense".utf8).write(to: cache.appendingPathComponent(name))
    }
    try Data("---\ntitle: Setup\n---\n# Setup\n\nInstall the app.\n".utf8).write(to: setup)
    #expect(try build.run().status == 0)
    #expect(try Data(contentsOf: index) == full())
  }

  @Test func changedTemplatesAndOptionsAreNotServedFromTheCache() throws {
    let fixture = try docs()
    let templates = fixture.root.appendingPathComponent("../\(fixture.root.lastPathComponent)-templates")
      .standardizedFileURL
    defer { try? FileManager.default.removeItem(at: templates) }
    try FileManager.default.createDirectory(
      at: templates.appendingPathComponent("swift"), withIntermediateDirectories: true)
    let template = templates.appendingPathComponent("swift/catalog.swift.mustache")
    try Data("// one\n".utf8).write(to: template)
    try FileManager.default.copyItem(
      at: Paths.repositoryRoot.appendingPathComponent("Templates/html"), to: templates.appendingPathComponent("html"))
    try FileManager.default.copyItem(
      at: Paths.repositoryRoot.appendingPathComponent("Templates/l10n"), to: templates.appendingPathComponent("l10n"))
    let build = Build(docs: fixture.root, arguments: ["--templates", templates.path])
    #expect(try build.run().status == 0)
    #expect(try build.run().standardError.contains("up to date"))

    try Data("// two\n".utf8).write(to: template)
    #expect(!(try build.run().standardError.contains("up to date")))
    #expect(try String(contentsOf: build.swift, encoding: .utf8) == "// two\n")

    let other = Build(docs: fixture.root)
    #expect(!(try other.run().standardError.contains("up to date")), "other options, another manifest")
    #expect(try String(contentsOf: build.swift, encoding: .utf8).contains("internal enum Errors"))
    #expect(try build.run(["--no-cache"]).standardError.contains("wrote "))
  }

  @Test func progressShowsOnlyWhenAskedOrOnATerminal() throws {
    let fixture = try docs()
    let build = Build(docs: fixture.root, arguments: ["--no-cache"])
    let silent = try build.run()
    #expect(!silent.standardError.contains("pages/s"), "standard error is not a terminal here")
    let shown = try build.run(["--progress"])
    #expect(shown.standardError.contains("building: 4/4 pages ("))
    let quiet = try build.run(["--progress", "--quiet"])
    #expect(!quiet.standardError.contains("pages/s"))
    #expect(quiet.standardError.contains("[include.missing-file]"), "diagnostics still show")
  }
}
