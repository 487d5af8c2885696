import DocModel
import DocParser
import DocTestSupport
import Foundation
import Testing

@testable import DocBuild

/// The pages a pass listed are kept with the stamps of the folders whose entries made the list, and taken by
/// the next pass instead of a walk only while every one of those folders keeps its stamp, under the same
/// configuration and tool.
@Suite("The pages' listing kept between passes")
struct KeptPageListingTests {
  /// A docs folder of two locales, one with a subfolder, whose folders last changed an hour ago.
  func docs() throws -> DocSetFixture {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "en-US/guides/setup.md": "# Setup\n",
      "en-US/guides/toc.yml": "- name: Setup\n  href: setup.md\n",
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
      "media/a.png": "png",
    ])
    for folder in ["", "en-US", "en-US/guides", "ja-JP", "media"] { try age(fixture.root, folder) }
    return fixture
  }

  /// Sets the folder's times an hour back, so that any entry added to it later changes its stamp.
  func age(_ root: URL, _ folder: String) throws {
    let path = folder.isEmpty ? root.path : root.appendingPathComponent(folder).path
    var times = [timespec(tv_sec: time(nil) - 3600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
  }

  func configuration(_ root: URL, _ text: String = DocSetFixture.configuration) throws -> Configuration {
    try text.write(to: root.appendingPathComponent("doccatalog.yml"), atomically: false, encoding: .utf8)
    return try #require(
      try DocSetReader().configuration(root: root.path, configPath: nil, vocabulary: DocsFolder.vocabulary).0)
  }

  /// A kept listing in `root`'s cache folder that vouches for folders changed before the walk began.
  func kept(_ root: URL) -> KeptPageListing {
    var kept = KeptPageListing(path: root.path + "/.doccatalog-cache/pages.listing", root: root.path)
    kept.settling = 0
    return kept
  }

  /// Lists the pages and keeps the list.
  @discardableResult
  func listAndKeep(_ root: URL, _ configuration: Configuration) throws -> DocSetReader.PageListing {
    let started = BuildCache.now()
    let listing = try DocSetReader().pageListing(root: root.path, configuration: configuration)
    kept(root).keep(listing, for: configuration, walkStarted: started)
    return listing
  }

  func paths(_ pages: [PageFile]?) -> [String]? {
    pages.map { $0.map { "\($0.locale ?? "-") \($0.localPath) \($0.path)" } }
  }

  @Test func aListingIsTakenWhileItsFoldersKeepTheirStamps() throws {
    let fixture = try docs()
    let configuration = try configuration(fixture.root)
    let listing = try listAndKeep(fixture.root, configuration)
    #expect(listing.folders == ["en-US", "en-US/guides", "ja-JP"])
    #expect(listing.files.count == 4)
    #expect(paths(kept(fixture.root).pages(for: configuration)) == paths(listing.files))
    // What is outside the folders walked, or hidden, or a file's contents, changes nothing.
    try "more".write(to: fixture.root.appendingPathComponent("media/b.png"), atomically: false, encoding: .utf8)
    try "# Changed\n".write(
      to: fixture.root.appendingPathComponent("en-US/guides/setup.md"), atomically: false, encoding: .utf8)
    #expect(paths(kept(fixture.root).pages(for: configuration)) == paths(listing.files))
  }

  @Test(arguments: ["added", "removed", "renamed", "folder added", "locale folder removed", "locale folder linked"])
  func aChangedEntryInAnyFolderWalked(_ change: String) throws {
    let fixture = try docs()
    let root = fixture.root
    let configuration = try configuration(root)
    try listAndKeep(root, configuration)
    let files = FileManager.default
    switch change {
    case "added":
      try "# New\n".write(to: root.appendingPathComponent("en-US/guides/new.md"), atomically: false, encoding: .utf8)
    case "removed": try files.removeItem(at: root.appendingPathComponent("en-US/guides/setup.md"))
    case "renamed":
      try files.moveItem(
        at: root.appendingPathComponent("en-US/guides/setup.md"), to: root.appendingPathComponent("en-US/guides/s.md"))
    case "folder added":
      try files.createDirectory(at: root.appendingPathComponent("ja-JP/more"), withIntermediateDirectories: false)
    case "locale folder removed": try files.removeItem(at: root.appendingPathComponent("ja-JP"))
    default:
      try files.moveItem(at: root.appendingPathComponent("ja-JP"), to: root.appendingPathComponent("elsewhere"))
      try files.createSymbolicLink(atPath: root.appendingPathComponent("ja-JP").path, withDestinationPath: "elsewhere")
    }
    #expect(kept(root).pages(for: configuration) == nil, "\(change): the folders are walked again")
  }

  @Test func anotherConfigurationOrADamagedFileWalksAgain() throws {
    let fixture = try docs()
    let root = fixture.root
    let configuration = try configuration(root)
    try listAndKeep(root, configuration)
    let sourceOnly = try self.configuration(
      root, DocSetFixture.configuration.replacingOccurrences(of: "[en-US, ja-JP]", with: "[en-US]"))
    #expect(kept(root).pages(for: sourceOnly) == nil)
    #expect(kept(root).pages(for: configuration) != nil)

    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: kept(root).path)))
    bytes[bytes.count - 3] ^= 0x20
    try Data(bytes).write(to: URL(fileURLWithPath: kept(root).path))
    #expect(kept(root).pages(for: configuration) == nil)
  }

  /// A list that depends on more than its folders' entries (a link, whose target may change), or whose
  /// listing found something to report, or whose folders changed too lately, is not kept.
  @Test func onlyAListingItsFoldersVouchForIsKept() throws {
    let linked = try docs()
    try FileManager.default.createSymbolicLink(
      atPath: linked.root.appendingPathComponent("en-US/linked.md").path, withDestinationPath: "errors.md")
    try age(linked.root, "en-US")
    let withLink = try listAndKeep(linked.root, try configuration(linked.root))
    #expect(!withLink.isFromEntriesAlone)
    #expect(!FileManager.default.fileExists(atPath: kept(linked.root).path))

    let missing = try docs()
    let threeLocales = try configuration(
      missing.root,
      DocSetFixture.configuration.replacingOccurrences(of: "[en-US, ja-JP]", with: "[en-US, ja-JP, de-DE]"))
    #expect(try !listAndKeep(missing.root, threeLocales).diagnostics.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: kept(missing.root).path))

    let fresh = try docs()
    let configuration = try configuration(fresh.root)
    try "# New\n".write(to: fresh.root.appendingPathComponent("ja-JP/new.md"), atomically: false, encoding: .utf8)
    var settling = kept(fresh.root)
    settling.settling = 2_500_000_000
    settling.keep(
      try DocSetReader().pageListing(root: fresh.root.path, configuration: configuration), for: configuration,
      walkStarted: BuildCache.now())
    #expect(!FileManager.default.fileExists(atPath: kept(fresh.root).path), "ja-JP changed just now")
  }

  /// A list file that did not come from a walk of these docs: its stamps name a folder outside the docs,
  /// or leave out a folder the walk starts from, or a page climbs out of the docs folder. None is taken,
  /// even when every stamp it has holds.
  @Test(arguments: ["outside folder", "a locale left out", "page outside", "genuine"])
  func aListThatCannotVouchForTheseDocsIsNotTaken(_ forgery: String) throws {
    let fixture = try docs()
    let root = fixture.root
    let configuration = try configuration(root)
    let outside = root.deletingLastPathComponent().path + "/\(UUID().uuidString)-outside"
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: outside) }
    try age(URL(fileURLWithPath: outside), "")
    var folders = ["en-US", "en-US/guides", "ja-JP"]
    var pages = [PageFile(locale: "en-US", localPath: "errors.md", path: "en-US/errors.md")]
    switch forgery {
    case "outside folder": folders = ["../" + URL(fileURLWithPath: outside).lastPathComponent]
    case "a locale left out": folders = ["en-US", "en-US/guides"]
    case "page outside": pages.append(PageFile(locale: "en-US", localPath: "../../x.md", path: "en-US/../../x.md"))
    default: break
    }
    let statuses = FileStatus.ofFiles(folders, base: root.path)
    var writer = CacheByteWriter()
    writer.string(KeptPageListing.key(configuration))
    writer.uint64(try #require(statuses.first??.device))
    writer.array(Array(zip(folders, statuses))) { writer, pair in
      writer.string(pair.0)
      writer.uint64(pair.1!.inode)
      writer.int(Int(pair.1!.modified))
      writer.int(Int(pair.1!.changed))
    }
    writer.array(pages) { writer, page in
      writer.optional(page.locale) { writer, locale in writer.string(locale) }
      writer.string(page.localPath)
      writer.string(page.path)
    }
    CacheFile.write(
      writer.bytes, header: Array("doccatalog page listing \(KeptPageListing.currentFormat)\n".utf8),
      to: kept(root).path)
    let taken = kept(root).pages(for: configuration)
    #expect((taken != nil) == (forgery == "genuine"), "\(forgery)")
  }

  /// The pass takes its pages from the kept list: one kept without a page that is there is a pass without it.
  @Test func thePassTakesItsPagesFromAKeptListing() throws {
    let fixture = try docs()
    let root = fixture.root
    let configuration = try configuration(root)
    var listing = try DocSetReader().pageListing(root: root.path, configuration: configuration)
    listing.files.removeAll { $0.path == "en-US/guides/setup.md" }
    kept(root).keep(listing, for: configuration, walkStarted: BuildCache.now())
    let folder = try DocsFolder.open(root: root.path, configPath: nil, observer: IgnoredEvents())
    var pass = PagePass(folder: folder)
    pass.keptListing = kept(root)
    let taken = try pass.run { _ in [] }
    #expect(taken.setup.pages.map(\.path) == ["en-US/errors.md", "ja-JP/errors.md"])
    #expect(taken.setup.tablesOfContents.map(\.path) == ["en-US/guides/toc.yml"])
    let walked = try PagePass(folder: folder).run { _ in [] }
    #expect(walked.setup.pages.map(\.path) == ["en-US/errors.md", "en-US/guides/setup.md", "ja-JP/errors.md"])
  }
}
