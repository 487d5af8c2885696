import DocBuild
import DocTestSupport
import Foundation
import Testing

/// The outputs made from the catalog alone (JSON, Swift) are not made again by a build whose catalog is
/// made from what the last build's was, while they are as that build left them (known by their stamp, as
/// the build cache knows every output); any change to the catalog's inputs makes them again.
@Suite("Outputs of an unchanged catalog")
struct CatalogInputsTests {
  func build(_ docs: URL, out: String) throws {
    try BuildPipeline(
      .init(docsDirectory: docs.path, outputPaths: ["json": out + "/catalog.json", "swift": out + "/Catalog.swift"])
    ).run(observer: Quiet())
  }

  final class Quiet: BuildObserver {
    func observe(_ event: BuildEvent) {}
  }

  /// Replaces the first letter `e` of the file at `path` with `E`, keeping its size and stamp times.
  func tamper(_ path: String) throws {
    var info = stat()
    #expect(stat(path, &info) == 0)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let index = try #require(bytes.firstIndex(of: UInt8(ascii: "e")))
    bytes[index] = UInt8(ascii: "E")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    var times = [info.st_atim, info.st_mtim]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
  }

  @Test func anEditThatLeavesTheCatalogAsItWasDoesNotMakeItsOutputsAgain() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "R"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
      "en-US/setup.md": "# Setup\n\nInstall the app.\n",
    ])
    let out = fixture.root.deletingLastPathComponent().appendingPathComponent("out-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: out) }
    try build(fixture.root, out: out)
    let json = try String(contentsOfFile: out + "/catalog.json", encoding: .utf8)
    let swift = try String(contentsOfFile: out + "/Catalog.swift", encoding: .utf8)

    // A page without catalog rows changes: the outputs on disk are not made again (a change the stamps do
    // not show stays).
    try tamper(out + "/catalog.json")
    try "# Setup\n\nInstall the app first.\n".write(
      to: fixture.root.appendingPathComponent("en-US/setup.md"), atomically: false, encoding: .utf8)
    try build(fixture.root, out: out)
    #expect(try String(contentsOfFile: out + "/catalog.json", encoding: .utf8) != json)
    #expect(try String(contentsOfFile: out + "/Catalog.swift", encoding: .utf8) == swift)

    // A catalog row changes: both are made again.
    try DocSetFixture.page(locale: "en-US", rows: [["E1: failed", "App", "D", "Restart."]]).write(
      to: fixture.root.appendingPathComponent("en-US/errors.md"), atomically: false, encoding: .utf8)
    try build(fixture.root, out: out)
    let remade = try String(contentsOfFile: out + "/catalog.json", encoding: .utf8)
    #expect(remade.contains("Restart."))
    #expect(try String(contentsOfFile: out + "/Catalog.swift", encoding: .utf8) != swift)
  }
}
