import DocTestSupport
import Foundation
import Testing

@testable import DocBuild

/// The pages' results kept in the build cache: a rebuild parses (and keeps anew) only the pages that
/// changed; a kept result that is damaged, foreign or reached through a symbolic link is never used.
@Suite("Pages' results in the build cache")
struct PageResultCacheTests {
  func docs() throws -> DocSetFixture {
    try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
      "en-US/setup.md": "# Setup\n\n[!INCLUDE [note](../includes/note.md)]\n",
      "includes/note.md": "A note.\n",
    ])
  }

  /// Builds the JSON; returns it with the findings.
  func build(_ docs: URL, cache: Bool = true) throws -> String {
    // Beside this test's docs folder: tests run at once, each with its own.
    let out = docs.deletingLastPathComponent().appendingPathComponent("\(docs.lastPathComponent)-out-\(cache)").path
    let report = Findings()
    try BuildPipeline(
      .init(docsDirectory: docs.path, outputPaths: ["json": out + "/catalog.json"], usesCache: cache)
    ).run(observer: report)
    return try String(contentsOfFile: out + "/catalog.json", encoding: .utf8) + report.text
  }

  final class Findings: BuildObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func observe(_ event: BuildEvent) {
      if case .diagnostics(let found) = event { lock.withLock { lines += found.map(\.formatted) } }
    }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }
  }

  /// The path of the pack of kept results in `docs`'s cache, and the build key it was made under.
  func pack(_ docs: URL) throws -> (path: String, key: String) {
    let cache = docs.appendingPathComponent(".doccatalog-cache").path
    let packs = try FileManager.default.contentsOfDirectory(atPath: cache).filter {
      $0.hasPrefix("pages-") && $0.hasSuffix(".pack")
    }
    #expect(packs.count == 1)
    let path = cache + "/" + (packs.first ?? "none")
    let lines = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))).split(separator: 0x0A, maxSplits: 2)
    return (path, lines.count > 1 ? String(decoding: lines[1], as: UTF8.self) : "")
  }

  /// The kept results whose records are whole, by page path, each with the checksum of its bytes.
  func keptResults(_ docs: URL) throws -> [String: String] {
    let (path, key) = try pack(docs)
    let pack = try #require(PageResultPack(at: path).flatMap { $0.buildKey == key ? $0 : nil })
    var results: [String: String] = [:]
    for page in pack.records.keys {
      results[page] = pack.records[page].flatMap(pack.result(of:)).map { bytes in
        bytes.withUnsafeBytes { CacheChecksum.of($0) }
      }
    }
    return results
  }

  /// A kept page whose site file is no longer as written is rendered again once the pass is over, and its
  /// result kept anew with the file just written: that page's only.
  @Test func aPageWhoseSiteFileChangedIsRenderedAgainAndKeptAnew() throws {
    let fixture = try docs()
    let out = fixture.root.deletingLastPathComponent().appendingPathComponent("\(fixture.root.lastPathComponent)-site")
    func build() throws {
      try BuildPipeline(
        .init(
          docsDirectory: fixture.root.path,
          outputPaths: ["json": out.path + "/catalog.json", "html": out.path + "/site"], usesCache: true)
      ).run(observer: Findings())
    }
    try build()
    let page = out.appendingPathComponent("site/en-US/setup.html")
    let written = try Data(contentsOf: page)
    let before = try keptResults(fixture.root)
    let handle = try FileHandle(forWritingTo: page)
    try handle.write(contentsOf: Data("edited by hand".utf8))
    try handle.close()

    try build()
    #expect(try Data(contentsOf: page) == written)
    let after = try keptResults(fixture.root)
    #expect(Set(after.filter { before[$0.key] != $0.value }.keys) == ["en-US/setup.md"])
  }

  @Test func aRebuildKeepsAnewOnlyThePagesThatChanged() throws {
    let fixture = try docs()
    let first = try build(fixture.root)
    let before = try keptResults(fixture.root)
    #expect(before.count == 3, "one result per page: \(before.keys.sorted())")

    try "# Setup\n\nChanged.\n\n[!INCLUDE [note](../includes/note.md)]\n".write(
      to: fixture.root.appendingPathComponent("en-US/setup.md"), atomically: false, encoding: .utf8)
    _ = try build(fixture.root)
    let afterPage = try keptResults(fixture.root)
    #expect(Set(afterPage.keys) == Set(before.keys))
    #expect(afterPage.filter { before[$0.key] != $0.value }.count == 1, "only the edited page is kept anew")

    // An include changes the pages that include it, and only those.
    try "Another note.\n".write(
      to: fixture.root.appendingPathComponent("includes/note.md"), atomically: false, encoding: .utf8)
    _ = try build(fixture.root)
    let afterInclude = try keptResults(fixture.root)
    #expect(afterInclude.filter { afterPage[$0.key] != $0.value }.count == 1)
    #expect(try build(fixture.root, cache: false) == (try build(fixture.root)))
    #expect(!first.isEmpty)
  }

  /// The result of a page that is deleted or renamed goes with it; a rebuild of the same files keeps every
  /// result as it was.
  @Test func theResultsOfGonePagesAreRemoved() throws {
    let fixture = try docs()
    _ = try build(fixture.root)
    #expect(try keptResults(fixture.root).count == 3)
    try "more: yes\n".write(to: fixture.root.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
    _ = try build(fixture.root)
    let before = try keptResults(fixture.root)
    try "A note, changed.\n".write(
      to: fixture.root.appendingPathComponent("includes/note.md"), atomically: false, encoding: .utf8)
    _ = try build(fixture.root)
    #expect(try keptResults(fixture.root).count == 3)

    try FileManager.default.moveItem(
      at: fixture.root.appendingPathComponent("en-US/setup.md"),
      to: fixture.root.appendingPathComponent("en-US/install.md"))
    _ = try build(fixture.root)
    let renamed = try keptResults(fixture.root)
    #expect(renamed.count == 3)
    #expect(Set(renamed.keys) != Set(before.keys), "the renamed page's result is under its new path")
    try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("en-US/install.md"))
    _ = try build(fixture.root)
    #expect(try keptResults(fixture.root).count == 2)
    #expect(try build(fixture.root) == (try build(fixture.root, cache: false)))
  }

  /// Builds the JSON and the site; returns them (each site file with its contents) with the findings.
  func buildWithSite(_ docs: URL, cache: Bool = true) throws -> String {
    let out = docs.deletingLastPathComponent().appendingPathComponent("\(docs.lastPathComponent)-site-out-\(cache)")
      .path
    let report = Findings()
    try BuildPipeline(
      .init(
        docsDirectory: docs.path, outputPaths: ["json": out + "/catalog.json", "html": out + "/site"],
        usesCache: cache)
    ).run(observer: report)
    let files = try FileManager.default.subpathsOfDirectory(atPath: out + "/site").sorted()
    let site = files.map { "\($0): " + ((try? String(contentsOfFile: out + "/site/" + $0, encoding: .utf8)) ?? "") }
    return try String(contentsOfFile: out + "/catalog.json", encoding: .utf8) + site.joined() + report.text
  }

  /// With the site, a page's site pages are kept with its result: a rebuild after one page's edit parses and
  /// renders that page alone, and an edited source page has its translation's rows (whose ids follow the
  /// source's) rendered again, as a full build renders them.
  @Test func aRebuildWithTheSiteKeepsAnewOnlyThePagesThatChanged() throws {
    let fixture = try docs()
    let first = try buildWithSite(fixture.root)
    let before = try keptResults(fixture.root)
    #expect(before.count == 3, "one result per page: \(before.keys.sorted())")
    #expect(first == (try buildWithSite(fixture.root, cache: false)))

    try "# Setup\n\nChanged.\n\n[!INCLUDE [note](../includes/note.md)]\n".write(
      to: fixture.root.appendingPathComponent("en-US/setup.md"), atomically: false, encoding: .utf8)
    let second = try buildWithSite(fixture.root)
    let afterPage = try keptResults(fixture.root)
    #expect(afterPage.filter { before[$0.key] != $0.value }.count == 1, "only the edited page is kept anew")
    #expect(second.contains("Changed."))
    #expect(second == (try buildWithSite(fixture.root, cache: false)))

    // Another app in the source's row gives the row another id, which the translation's row takes: the
    // translation's page is rendered again.
    try DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "Mail", "D", "R"]])
      .write(to: fixture.root.appendingPathComponent("en-US/errors.md"), atomically: false, encoding: .utf8)
    let third = try buildWithSite(fixture.root)
    let afterRows = try keptResults(fixture.root)
    #expect(afterRows.filter { afterPage[$0.key] != $0.value }.count == 2, "the source and its translation")
    #expect(third == (try buildWithSite(fixture.root, cache: false)))
  }

  /// A page at a locale's root named `index.md` has the site path of the locale's index, which the site
  /// writes after the pages: every rebuild after an edit ends with the index there, as a full build does,
  /// however the previous contents the rebuild starts from hold that path.
  @Test func aPageAtTheLocalesIndexPathEndsUnderTheIndexOnEveryRebuild() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "en-US/index.md": "# Home\n\nWelcome.\n",
      "en-US/setup.md": "# Setup\n",
    ])
    _ = try buildWithSite(fixture.root)
    for edit in 1...6 {
      try "# Setup\n\nEdit \(edit).\n".write(
        to: fixture.root.appendingPathComponent("en-US/setup.md"), atomically: false, encoding: .utf8)
      #expect(try buildWithSite(fixture.root) == (try buildWithSite(fixture.root, cache: false)), "edit \(edit)")
    }
  }

  /// A page that shows code snippets, its own or its included files', depends on their files: its result is
  /// kept with each file's digest (or its absence), and a file edited, removed or added where one was looked
  /// for gives the page parsed again, as a full build has it. A snippet path that climbs after it went down, or reaches its file
  /// through a link, cannot be vouched for: such a page is parsed on every build.
  @Test func aPageWithSnippetsDependsOnTheirFiles() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
      "en-US/code.md": "# Code\n\n:::code language=\"csharp\" source=\"sample.cs\" id=\"main\":::\n",
      "en-US/guides/shared.md": "# Shared\n\n[!code-csharp[](../../samples/shared.cs)]\n\n"
        + ":::code language=\"csharp\" source=\"../../samples/later.cs\":::\n",
      "en-US/guides/down-up.md": "# Down and up\n\n[!code-csharp[](../guides/../sample.cs)]\n",
      "en-US/linked.md": "# Linked\n\n[!code-csharp[](link/shared.cs)]\n",
      "en-US/with-include.md": "# Included code\n\n[!INCLUDE [code](../includes/code.md)]\n",
      "includes/code.md": ":::code language=\"csharp\" source=\"../samples/shared.cs\":::\n",
      "en-US/sample.cs": "// <main>\nint x;\n// </main>\n",
      "samples/shared.cs": "int shared;\n",
    ])
    let root = fixture.root
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("en-US/link").path, withDestinationPath: "../samples")
    let first = try build(root)
    #expect(!first.contains("[docfx.missing-snippet-region]"))
    #expect(first == (try build(root, cache: false)))
    let kept = try keptResults(root)
    #expect(kept["en-US/code.md"] != nil && kept["en-US/guides/shared.md"] != nil)
    #expect(kept["en-US/with-include.md"] != nil, "an included file's snippets are its page's too")
    #expect(kept["en-US/guides/down-up.md"] == nil && kept["en-US/linked.md"] == nil, "not vouched for")

    // With the site too: a kept page's site pages show its snippets as they are now.
    _ = try buildWithSite(root)
    let edits: [(String, String?)] = [
      ("en-US/sample.cs", "int x;\n"), ("samples/shared.cs", "int changed;\n"),
      ("samples/later.cs", "int later;\n"), ("samples/shared.cs", nil),
    ]
    for (file, text) in edits {
      let url = root.appendingPathComponent(file)
      if let text {
        try text.write(to: url, atomically: false, encoding: .utf8)
      } else {
        try FileManager.default.removeItem(at: url)
      }
      let change = "\(file) \(text == nil ? "removed" : "written")"
      #expect(try build(root) == (try build(root, cache: false)), "\(change)")
      let site = try buildWithSite(root)
      #expect(site == (try buildWithSite(root, cache: false)), "\(change), with the site")
      if file == "samples/later.cs" { #expect(site.contains("int later;")) }
    }
    #expect(try build(root).contains("[docfx.missing-snippet-region]"))
  }

  /// An edit appends its page's result to the pack, which is not written anew; results replaced never
  /// outweigh those kept for long, since the pack is then written anew with the newest ones only.
  @Test func anEditAppendsItsResultAndThePackStaysSmall() throws {
    let fixture = try docs()
    _ = try build(fixture.root)
    let (path, _) = try pack(fixture.root)
    func stamp() -> (inode: UInt64, size: Int) {
      var info = stat()
      _ = lstat(path, &info)
      return (UInt64(info.st_ino), Int(info.st_size))
    }
    let first = stamp()
    var rewritten = false
    var appended = 0
    for edit in 1...12 {
      let before = stamp()
      try "# Setup\n\nEdit \(edit).\n\n[!INCLUDE [note](../includes/note.md)]\n".write(
        to: fixture.root.appendingPathComponent("en-US/setup.md"), atomically: false, encoding: .utf8)
      _ = try build(fixture.root)
      let after = stamp()
      if after.inode == before.inode {
        #expect(after.size > before.size, "edit \(edit): the result is appended")
        appended += 1
      } else {
        rewritten = true
      }
      #expect(after.size <= 2 * first.size + 64, "edit \(edit): \(after.size) bytes, first \(first.size)")
      #expect(try keptResults(fixture.root).count == 3)
    }
    #expect(appended >= 6, "most edits append")
    #expect(rewritten, "the pack is written anew once replaced results outweigh the rest")
    #expect(try build(fixture.root) == (try build(fixture.root, cache: false)))
  }

  /// The folder of one file per page that earlier versions kept results in goes once the pack is written.
  @Test func theFolderOfEarlierVersionsGoesWithTheFirstPack() throws {
    let fixture = try docs()
    _ = try build(fixture.root)
    let (path, _) = try pack(fixture.root)
    let folder = String(path.dropLast(".pack".count))
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    try "old".write(toFile: folder + "/0123.page", atomically: false, encoding: .utf8)
    try FileManager.default.removeItem(atPath: path)
    try "more: yes\n".write(to: fixture.root.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
    _ = try build(fixture.root)
    #expect(!FileManager.default.fileExists(atPath: folder))
    #expect(try keptResults(fixture.root).count == 3)
  }

  /// A pack of results that is cut short, made under another key, or reached through a symbolic link is
  /// not read: the build parses every page, as a build without the cache does, and keeps a whole pack of its
  /// own in its place.
  @Test func damagedForeignOrLinkedResultsAreNotUsed() throws {
    let fixture = try docs()
    let full = try build(fixture.root, cache: false)
    _ = try build(fixture.root)
    let (path, key) = try pack(fixture.root)
    let whole = try Data(contentsOf: URL(fileURLWithPath: path))
    let elsewhere = fixture.root.appendingPathComponent(".doccatalog-cache/elsewhere.pack").path
    let spoilers: [(String, () throws -> Void)] = [
      ("cut short", { try whole.prefix(whole.count - 3).write(to: URL(fileURLWithPath: path)) }),
      (
        "made under another key",
        {
          var bytes = [UInt8](whole)
          let at = try #require(bytes.firstIndex(of: 0x0A)) + 1
          bytes.replaceSubrange(at..<(at + key.utf8.count), with: key.utf8.reversed())
          try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
      ),
      (
        "a symbolic link",
        {
          try whole.write(to: URL(fileURLWithPath: elsewhere))
          try FileManager.default.removeItem(atPath: path)
          try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: elsewhere)
        }
      ),
    ]
    for (round, (kind, spoil)) in spoilers.enumerated() {
      try spoil()
      // The docs change (so the cache does not answer the whole build), but no page does.
      try "more: \(round)\n".write(
        to: fixture.root.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
      #expect(try build(fixture.root) == full, "\(kind)")
      var info = stat()
      #expect(lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG, "\(kind): kept anew, as a file")
      #expect(try keptResults(fixture.root).count == 3, "\(kind): kept anew")
      #expect(
        PageResultPack(at: path).flatMap { $0.buildKey == key ? $0 : nil }?.endsWhole == true,
        "\(kind): kept anew, whole")
    }
  }

  /// A record with one byte of a kept row changed fails its checksum: its result is not taken, and the pack
  /// is written anew.
  @Test func aResultWithOneByteChangedIsNotUsed() throws {
    let fixture = try docs()
    let first = try build(fixture.root)
    let (path, key) = try pack(fixture.root)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let original = bytes
    // The first `App` of a kept row becomes `Apq`: taken, it would show in the catalog.
    let app = Array("App".utf8)
    let at = try #require(bytes.indices.first { Array(bytes[$0..<min($0 + 3, bytes.count)]) == app })
    bytes[at + 2] = UInt8(ascii: "q")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    try "more: yes\n".write(to: fixture.root.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)

    #expect(try build(fixture.root) == first)
    // The damaged record's page was parsed again, and the pack written anew as it was first written.
    #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == original)
    #expect(try keptResults(fixture.root).count == 3)
    #expect(PageResultPack(at: path).flatMap { $0.buildKey == key ? $0 : nil } != nil)
  }
}
