import DocTestSupport
import Foundation
import Testing

/// A build killed at any moment leaves every previous output whole: the old files, or the new ones.
@Suite("Interrupted builds")
struct InterruptedBuildTests {
  static func docs(version: String) -> [String: String] {
    var files = ["doccatalog.yml": DocSetFixture.configuration]
    for index in 0..<150 {
      var rows: [[String]] = []
      for row in 0..<40 { rows.append(["E\(index)-\(row): \(version)", "App", "Description \(row)<br />more", "Fix"]) }
      files["en-US/errors\(index == 0 ? "" : "-\(index)").md"] = DocSetFixture.page(locale: "en-US", rows: rows)
      files["ja-JP/errors\(index == 0 ? "" : "-\(index)").md"] = DocSetFixture.page(locale: "ja-JP", rows: rows)
    }
    return files
  }

  func build(_ docs: URL, json: URL, site: URL) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Command.doccatalog)
    process.arguments = ["build", docs.path, "--json", json.path, "--html", site.path, "--quiet"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  func snapshot(_ json: URL, _ site: URL) throws -> ([UInt8], [String: [UInt8]]) {
    var files: [String: [UInt8]] = [:]
    for relative in try FileManager.default.subpathsOfDirectory(atPath: site.path) {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: site.appendingPathComponent(relative).path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      files[relative] = [UInt8](try Data(contentsOf: site.appendingPathComponent(relative)))
    }
    return ([UInt8](try Data(contentsOf: json)), files)
  }

  @Test func killedBuildsLeaveTheOldOrTheNewOutputs() throws {
    let old = try DocSetFixture(Self.docs(version: "old"))
    let new = try DocSetFixture(Self.docs(version: "new"))
    let out = try DocSetFixture([:])
    let json = out.root.appendingPathComponent("catalog.json")
    let site = out.root.appendingPathComponent("site")

    // The new outputs, built to the end once, and how long that takes.
    let started = Date()
    let complete = try build(new.root, json: json, site: site)
    complete.waitUntilExit()
    let duration = Date().timeIntervalSince(started)
    #expect(complete.terminationStatus == 0)
    let expectedNew = try snapshot(json, site)
    let finished = try build(old.root, json: json, site: site)
    finished.waitUntilExit()
    let expectedOld = try snapshot(json, site)
    #expect(expectedOld.0 != expectedNew.0)

    // Outputs are written at the end of a build: most kills land there, some earlier.
    var current = expectedOld
    for attempt in 0..<16 {
      let process = try build(attempt % 2 == 0 ? new.root : old.root, json: json, site: site)
      Thread.sleep(forTimeInterval: duration * (attempt < 4 ? 0.2 * Double(attempt + 1) : 0.78 + 0.02 * Double(attempt - 4)))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let found = try snapshot(json, site)
      #expect(found.0 == expectedOld.0 || found.0 == expectedNew.0, "attempt \(attempt): the JSON is whole")
      #expect(found.1 == expectedOld.1 || found.1 == expectedNew.1, "attempt \(attempt): the site is one build's, whole")
      current = found
    }
    _ = current
    // A later build completes and clears what the killed ones left.
    let last = try build(new.root, json: json, site: site)
    last.waitUntilExit()
    #expect(try snapshot(json, site) == expectedNew)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.root.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty, "\(leftovers)")
  }
}
