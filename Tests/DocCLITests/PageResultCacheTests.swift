import DocBuild
import DocTestSupport
import Foundation
import Testing

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

  /// The kept results' files, by name, with their inode and modification time.
  func keptResults(_ docs: URL) throws -> [String: String] {
    let cache = docs.appendingPathComponent(".doccatalog-cache").path
    let folders = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasPrefix("pages-") }
    #expect(folders.count == 1)
    var found: [String: String] = [:]
    for folder in folders {
      for name in try FileManager.default.contentsOfDirectory(atPath: cache + "/" + folder) {
        var info = stat()
        guard stat(cache + "/" + folder + "/" + name, &info) == 0 else { continue }
        found[folder + "/" + name] = "\(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
      }
    }
    return found
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

  /// A page that shows a code snippet depends on the snippet's file, which a kept result does not record:
  /// such a page is parsed on every build, so an edited snippet file gives what a full build gives.
  @Test func aPageWithSnippetsIsParsedOnEveryBuild() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
      "en-US/code.md": "# Code\n\n:::code language=\"csharp\" source=\"sample.cs\" id=\"main\":::\n",
      "en-US/sample.cs": "// <main>\nint x;\n// </main>\n",
    ])
    let first = try build(fixture.root)
    #expect(!first.contains("[docfx.missing-snippet-region]"))
    try "int x;\n".write(
      to: fixture.root.appendingPathComponent("en-US/sample.cs"), atomically: false, encoding: .utf8)
    let second = try build(fixture.root)
    #expect(second.contains("[docfx.missing-snippet-region]"))
    #expect(second == (try build(fixture.root, cache: false)))
  }

  @Test func damagedForeignOrLinkedResultsAreNotUsed() throws {
    let fixture = try docs()
    _ = try build(fixture.root)
    let cache = fixture.root.appendingPathComponent(".doccatalog-cache").path
    let folder = try FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasPrefix("pages-") }!
    let kept = try FileManager.default.contentsOfDirectory(atPath: cache + "/" + folder).sorted()
    #expect(kept.count == 3)
    // Each kept result is replaced by something it must not be taken for: a truncated file, another
    // result under its name, a symbolic link to another result.
    let paths = kept.map { cache + "/" + folder + "/" + $0 }
    let bytes = try Data(contentsOf: URL(fileURLWithPath: paths[0]))
    try bytes.prefix(bytes.count - 3).write(to: URL(fileURLWithPath: paths[0]))
    try FileManager.default.removeItem(atPath: paths[1])
    try FileManager.default.copyItem(atPath: paths[2], toPath: paths[1])
    let other = cache + "/elsewhere.page"
    try FileManager.default.moveItem(atPath: paths[2], toPath: other)
    try FileManager.default.createSymbolicLink(atPath: paths[2], withDestinationPath: other)
    // The docs change (so the cache does not answer the whole build), but no page does.
    try "more: yes\n".write(to: fixture.root.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)

    #expect(try build(fixture.root) == (try build(fixture.root, cache: false)))
    for path in paths {
      var info = stat()
      #expect(lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG, "\(path) is kept anew, as a file")
    }
  }

  @Test func aResultWithOneByteChangedIsNotUsed() throws {
    let fixture = try docs()
    let first = try build(fixture.root)
    let cache = fixture.root.appendingPathComponent(".doccatalog-cache").path
    let folder = try FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasPrefix("pages-") }!
    // A byte in the middle of each kept result's body (after its three header lines) changed in place.
    for name in try FileManager.default.contentsOfDirectory(atPath: cache + "/" + folder) {
      let path = cache + "/" + folder + "/" + name
      var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      let bodyStart = bytes.indices.filter { bytes[$0] == 0x0A }[2] + 1
      bytes[(bodyStart + bytes.count) / 2] ^= 0x20
      try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
    let before = try keptResults(fixture.root)
    try "more: yes\n".write(to: fixture.root.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)

    #expect(try build(fixture.root) == first)
    let after = try keptResults(fixture.root)
    // Every result was found damaged: its page parsed again and its result kept anew.
    #expect(after.count == before.count)
    for (name, stamp) in before { #expect(after[name] != stamp, "\(name) is kept anew") }
  }
}
