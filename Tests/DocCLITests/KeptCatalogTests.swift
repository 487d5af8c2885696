import DocBuild
import DocModel
import DocTestSupport
import Foundation
import Testing

/// The catalog kept between builds (the cache's catalog facts): a rebuild whose pages' catalog rows are
/// those of the last build does not build the catalog again, and writes what a full build writes; facts that
/// are damaged, foreign or reached through a symbolic link, or catalog files changed on disk, are not taken.
@Suite("The catalog kept between builds")
struct KeptCatalogTests {
  func docs() throws -> DocSetFixture {
    try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
      "en-US/setup.md": "# Setup\n\nSee [the error](errors.md#e1-failed).\n",
    ])
  }

  final class Events: BuildObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func observe(_ event: BuildEvent) {
      lock.withLock {
        switch event {
        case .diagnostics(let found): lines += found.map(\.formatted)
        case .info(let message): lines.append(message)
        default: break
        }
      }
    }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }
  }

  /// Builds the JSON, the Swift source and the site; returns whether the catalog was built, and the outputs
  /// (each site file with its contents) with the findings and messages, the output folder's name taken out.
  func build(_ docs: URL, cache: Bool = true) throws -> (builtCatalog: Bool, text: String) {
    let name = "\(docs.lastPathComponent)-kept-\(cache)"
    let out = docs.deletingLastPathComponent().appendingPathComponent(name).path
    let events = Events()
    let catalog = try BuildPipeline(
      .init(
        docsDirectory: docs.path,
        outputPaths: ["json": out + "/catalog.json", "swift": out + "/Catalog.swift", "html": out + "/site"],
        usesCache: cache)
    ).run(observer: events)
    let files = try FileManager.default.subpathsOfDirectory(atPath: out + "/site").sorted()
    let site = files.map { "\($0): " + ((try? String(contentsOfFile: out + "/site/" + $0, encoding: .utf8)) ?? "") }
    let text =
      try String(contentsOfFile: out + "/catalog.json", encoding: .utf8)
      + String(contentsOfFile: out + "/Catalog.swift", encoding: .utf8) + site.joined() + events.text
    return (catalog != nil, text.replacingOccurrences(of: out, with: "OUT").replacingOccurrences(of: name, with: "OUT"))
  }

  /// The findings and outputs of a build without the cache, its messages left out.
  func fullBuild(_ docs: URL) throws -> String {
    try build(docs, cache: false).text.components(separatedBy: "\nwrote ").first!
  }

  func factsFile(_ docs: URL) throws -> String {
    let cache = docs.appendingPathComponent(".doccatalog-cache").path
    let names = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".facts") }
    #expect(names.count == 1)
    return cache + "/" + names[0]
  }

  func edit(_ docs: URL, _ text: String) throws {
    try "# Setup\n\n\(text)\n\nSee [the error](errors.md#e1-failed).\n".write(
      to: docs.appendingPathComponent("en-US/setup.md"), atomically: false, encoding: .utf8)
  }

  @Test func anEditOutsideTheCatalogTakesTheLastBuildsCatalog() throws {
    let fixture = try docs()
    #expect(try build(fixture.root).builtCatalog)
    try edit(fixture.root, "Changed.")
    let kept = try build(fixture.root)
    #expect(!kept.builtCatalog, "the catalog's rows are as they were: it is not built")
    #expect(kept.text.contains("Changed."))
    #expect(kept.text.hasPrefix(try fullBuild(fixture.root)))
    #expect(kept.text.contains("unchanged OUT/catalog.json: 1 entries, 3 pages, 2 locales"))

    // The same messages as a build that makes the catalog and finds its files unchanged.
    try FileManager.default.removeItem(atPath: try factsFile(fixture.root))
    try edit(fixture.root, "Changed again.")
    let made = try build(fixture.root)
    #expect(made.builtCatalog)
    let messages = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("unchanged OUT/") } }
    #expect(messages(made.text) == messages(kept.text))
    #expect(messages(kept.text).count == 2, "the JSON and the Swift")

    // Other rows: the catalog is built.
    try DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "Mail", "D", "R"]])
      .write(to: fixture.root.appendingPathComponent("en-US/errors.md"), atomically: false, encoding: .utf8)
    let other = try build(fixture.root)
    #expect(other.builtCatalog)
    #expect(other.text.hasPrefix(try fullBuild(fixture.root)))
  }

  @Test func damagedForeignOrLinkedFactsAreNotTaken() throws {
    let fixture = try docs()
    _ = try build(fixture.root)
    let facts = try factsFile(fixture.root)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: facts))
    var edits = 0
    // Cut short; one byte of the body changed; a link to a whole copy.
    let damages: [() throws -> Void] = [
      { try bytes.prefix(bytes.count - 2).write(to: URL(fileURLWithPath: facts)) },
      {
        var changed = [UInt8](bytes)
        changed[changed.count - 3] ^= 0x01
        try Data(changed).write(to: URL(fileURLWithPath: facts))
      },
      {
        try FileManager.default.removeItem(atPath: facts)
        try bytes.write(to: URL(fileURLWithPath: facts + ".copy"))
        try FileManager.default.createSymbolicLink(atPath: facts, withDestinationPath: facts + ".copy")
      },
    ]
    for damage in damages {
      // Facts of this very catalog, whole, are taken...
      try FileManager.default.removeItem(atPath: facts)
      try bytes.write(to: URL(fileURLWithPath: facts))
      edits += 1
      try edit(fixture.root, "Edit \(edits).")
      #expect(!(try build(fixture.root).builtCatalog))
      // ...damaged, they are not.
      try damage()
      edits += 1
      try edit(fixture.root, "Edit \(edits).")
      let rebuilt = try build(fixture.root)
      #expect(rebuilt.builtCatalog)
      #expect(rebuilt.text.hasPrefix(try fullBuild(fixture.root)))
      var info = stat()
      #expect(lstat(facts, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG, "kept anew, as a file")
    }
  }

  @Test func aCatalogFileChangedOnDiskIsMadeAgain() throws {
    let fixture = try docs()
    _ = try build(fixture.root)
    let json = fixture.root.deletingLastPathComponent().appendingPathComponent(
      "\(fixture.root.lastPathComponent)-kept-true/catalog.json")
    try "{}".write(to: json, atomically: false, encoding: .utf8)
    try edit(fixture.root, "Changed.")
    let rebuilt = try build(fixture.root)
    #expect(rebuilt.builtCatalog)
    #expect(rebuilt.text.hasPrefix(try fullBuild(fixture.root)))
  }
}
