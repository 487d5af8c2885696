import DocTestSupport
import Foundation
import Testing

@testable import DocBuild

/// A build whose docs folder's folders are as the last listing found them takes the files the last build
/// recorded instead of listing the folder again; a file added to any folder, even one that was empty, or a
/// file renamed, is still found, since its folder's stamp changes. Symbolic links count with what they lead
/// to.
@Suite("The docs folder's folders and links in the build cache")
struct DocsFolderStampTests {
  /// Builds the JSON with the cache or without; returns it, with whether the cache answered.
  func build(_ docs: URL, cache: Bool = true) throws -> String {
    try buildTellingWhetherUpToDate(docs, cache: cache).json
  }

  func buildTellingWhetherUpToDate(_ docs: URL, cache: Bool = true) throws -> (json: String, upToDate: Bool) {
    let out = docs.deletingLastPathComponent().appendingPathComponent("\(docs.lastPathComponent)-out-\(cache)").path
    let notes = Notes()
    try BuildPipeline(
      .init(docsDirectory: docs.path, outputPaths: ["json": out + "/catalog.json"], usesCache: cache)
    ).run(observer: notes)
    return (try String(contentsOfFile: out + "/catalog.json", encoding: .utf8), notes.text.contains("up to date"))
  }

  final class Notes: BuildObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func observe(_ event: BuildEvent) {
      if case .info(let line) = event { lock.withLock { lines.append(line) } }
    }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }
  }

  /// The last build's manifest.
  func manifest(_ docs: URL) throws -> BuildManifest {
    let cache = docs.appendingPathComponent(".doccatalog-cache").path
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasSuffix(".manifest") })
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: cache + "/" + name)))
    return try #require(BuildManifest.decode(bytes))
  }

  /// The folders the last build's manifest recorded.
  func recordedFolders(_ docs: URL) throws -> [String] {
    try manifest(docs).inputFolders.map(\.path).sorted()
  }

  @Test func addedAndRenamedFilesAreFoundWithoutAListing() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
      "en-US/guide.md": "# Guide\n",
    ])
    let root = fixture.root
    try FileManager.default.createDirectory(at: root.appendingPathComponent("en-US/empty"), withIntermediateDirectories: true)
    // Folders changed within the last second are not trusted: the stamps are recorded once they settle.
    Thread.sleep(forTimeInterval: 2.6)
    _ = try build(root)
    #expect(try recordedFolders(root) == ["en-US", "en-US/empty", "ja-JP"])
    #expect(try build(root) == (try build(root, cache: false)))

    try "# New\n".write(to: root.appendingPathComponent("en-US/empty/new.md"), atomically: false, encoding: .utf8)
    let added = try build(root)
    #expect(added.contains("en-US/empty/new.md"))
    #expect(added == (try build(root, cache: false)))
    // Just changed: not recorded until it settles.
    #expect(try recordedFolders(root).isEmpty)

    Thread.sleep(forTimeInterval: 2.6)
    _ = try build(root)
    #expect(try recordedFolders(root) == ["en-US", "en-US/empty", "ja-JP"])
    // The pages' listing is kept too (``KeptPageListing``): the rename below is found all the same.
    let cache = root.appendingPathComponent(".doccatalog-cache").path
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache).contains { $0.hasSuffix(".listing") })
    try FileManager.default.moveItem(
      at: root.appendingPathComponent("en-US/guide.md"), to: root.appendingPathComponent("en-US/howto.md"))
    let renamed = try build(root)
    #expect(renamed.contains("en-US/howto.md") && !renamed.contains("en-US/guide.md"))
    #expect(renamed == (try build(root, cache: false)))

    // The docs folder's own stamp is not kept (the cache folder in it changes it): its entries are compared.
    Thread.sleep(forTimeInterval: 2.6)
    _ = try build(root)
    #expect(try recordedFolders(root) == ["en-US", "en-US/empty", "ja-JP"])
    try "notes\n".write(to: root.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
    _ = try build(root)
    #expect(try manifest(root).inputFiles.map(\.path).contains("notes.txt"))
  }

  /// A link to a file counts with the file it leads to, even a hidden one, which the docs' digest leaves out;
  /// a link to a folder, whose files the pass reads, makes every build a full one.
  @Test func linksCountWithWhatTheyLeadTo() throws {
    let page = { (title: String) in "---\ntitle: \(title)\ndescription: A page.\nms.date: 01/15/2024\n---\n# Page\n" }
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      ".shared/a.md": page("Alpha"),
      ".more/inside.md": page("Inside"),
    ])
    let root = fixture.root
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("en-US/linked.md").path, withDestinationPath: "../.shared/a.md")
    _ = try build(root)
    #expect(try buildTellingWhetherUpToDate(root).upToDate)
    try page("Beta").write(to: root.appendingPathComponent(".shared/a.md"), atomically: false, encoding: .utf8)
    let edited = try buildTellingWhetherUpToDate(root)
    #expect(!edited.upToDate && edited.json.contains("Beta"))
    #expect(edited.json == (try build(root, cache: false)))

    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("en-US/more").path, withDestinationPath: "../.more")
    _ = try build(root)
    #expect(try !buildTellingWhetherUpToDate(root).upToDate, "a link to a folder is never vouched for")
    try page("Changed").write(to: root.appendingPathComponent(".more/inside.md"), atomically: false, encoding: .utf8)
    let inside = try build(root)
    #expect(inside.contains("Changed"))
    #expect(inside == (try build(root, cache: false)))
  }
}
