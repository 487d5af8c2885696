import DocTestSupport
import Foundation
import Testing

/// How `build --swift` declares the catalog and reads its texts: the configuration's `swift:` mapping, the
/// command line's `--swift-access` and `--swift-strings` over it, `internal` literals when neither says.
@Suite("Swift output options")
struct SwiftOptionsTests {
  static func fixture(swift: String? = nil) throws -> DocSetFixture {
    try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration + (swift.map { "\nswift: \($0)\n" } ?? "\n"),
      "en-US/errors.md": DocSetFixture.page(
        locale: "en-US", rows: [["E1: failed", "App", "Disk 100% full", "Free some space"]]),
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1: failed", "App", "説明", "解決"]]),
    ])
  }

  /// The Swift source `build` writes with `arguments`.
  static func swift(_ fixture: DocSetFixture, _ arguments: [String] = []) throws -> (
    status: Int32, source: String, error: String
  ) {
    let file = fixture.root.appendingPathComponent("out/Catalog.swift")
    try? FileManager.default.removeItem(at: file)
    let result = try Command.run(
      Command.doccatalog, ["build", fixture.root.path, "--swift", file.path, "--no-cache", "--quiet"] + arguments)
    let source = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    return (result.status, source, result.standardError)
  }

  @Test func declarationsAreInternalUnlessPublicIsAskedFor() throws {
    let plain = try Self.swift(try Self.fixture())
    #expect(plain.status == 0, "\(plain.error)")
    #expect(plain.source.contains("\ninternal enum Errors: Sendable {"))
    #expect(!plain.source.contains("public "))

    let configured = try Self.swift(try Self.fixture(swift: "{access: public}"))
    #expect(configured.status == 0, "\(configured.error)")
    #expect(configured.source.contains("\npublic enum Errors: Sendable {"))
    #expect(configured.source.contains("  public static func lookup("))
    #expect(!configured.source.contains("internal "))

    let overridden = try Self.swift(try Self.fixture(swift: "{access: public}"), ["--swift-access", "internal"])
    #expect(overridden.source.contains("\ninternal enum Errors: Sendable {"))
    #expect(overridden.source.contains("--swift-access internal"), "the header's command regenerates the same file")

    let given = try Self.swift(try Self.fixture(), ["--swift-access", "public"])
    #expect(given.source.contains("\npublic enum Errors: Sendable {"))
  }

  @Test func anUnknownAccessLevelIsAUsageError() throws {
    let result = try Self.swift(try Self.fixture(), ["--swift-access", "open"])
    #expect(result.status == 2)
    #expect(result.error.contains("--swift-access must be 'internal' or 'public', not 'open'"), "\(result.error)")
    #expect(result.source.isEmpty)
  }
}
