import DocTestSupport
import Foundation
import Testing

@Suite("doccatalog lookup and Swift output")
struct LookupAndSwiftCommandTests {
  func run(_ arguments: [String]) throws -> CommandResult {
    try Command.run(Command.doccatalog, arguments, currentDirectory: Paths.repositoryRoot)
  }

  @Test func lookupPrintsTheEntryInTheChosenLocale() throws {
    let result = try run([
      "lookup", "HttpRequestFailure: Server returned: 401 Unauthorized", "--app", "Okta", "--locale", "ja",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.output.contains("description  Okta トークンが有効ではありません。"))
    #expect(result.output.contains("source       ja-JP/troubleshooting-api-connectors-using-error-messages.md:51"))
  }

  @Test func lookupReadsACatalogFileAndPrintsJSON() throws {
    let result = try run([
      "lookup", "java.net.SocketTimeoutException: Read timed out", "--app", "Salesforce",
      "--catalog", "docs/generated/catalog.json", "--format", "json",
    ])
    #expect(result.status == 0)
    let found = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [[String: Any]])
    #expect(found.count == 1)
    let object = try #require(found.first)
    #expect((object["values"] as? [String: Any])?["app"] as? String == "Salesforce")
    #expect(object["locale"] as? String == "en-US")
    #expect(object["line"] as? Int == 53)
  }

  @Test func lookupExitsOneWhenNothingMatches() throws {
    let result = try run(["lookup", "Everything is fine"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("no entry matches"))
  }

  @Test func swiftOutputIsWrittenAndCheckedForStaleness() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("doccatalog-swift-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let swift = folder.appendingPathComponent("Errors.swift").path
    let json = folder.appendingPathComponent("catalog.json").path
    let publicAccess = ["--swift-access", "public"]
    #expect(try run(["build", "docs", "--swift", swift, "--json", json, "--quiet"] + publicAccess).status == 0)
    let golden = Paths.repositoryRoot.appendingPathComponent(
      "Tests/SwiftGeneratorTests/Golden/AppConnectorErrors.swift")
    let written = try String(contentsOfFile: swift, encoding: .utf8)
    #expect(
      written
        == (try String(contentsOf: golden, encoding: .utf8)).replacingOccurrences(
          of: "--swift AppConnectorErrors.swift", with: "--swift Errors.swift --swift-access public"))

    let fresh = try run(["build", "docs", "--swift", swift, "--json", json, "--check"] + publicAccess)
    #expect(fresh.status == 0)
    #expect(fresh.standardError.contains("generated files are up to date"))

    try Data((written + "// edited\n").utf8).write(to: URL(fileURLWithPath: swift))
    let stale = try run(["build", "docs", "--swift", swift, "--json", json, "--check"] + publicAccess)
    #expect(stale.status == 1)
    let appendedLine = written.split(separator: "\n", omittingEmptySubsequences: false).count
    #expect(stale.standardError.contains("Errors.swift is stale: 2 lines differ (first at line \(appendedLine))"))
    #expect(
      stale.standardError.contains("run 'doccatalog build docs --json \(json) --swift \(swift) --swift-access public'"),
      "the command that regenerates the file as it was")
    let internalAccess = try run(["build", "docs", "--swift", swift, "--json", json, "--check"])
    #expect(internalAccess.status == 1, "declared internal by default")
    #expect(try String(contentsOfFile: swift, encoding: .utf8).hasSuffix("// edited\n"), "--check writes nothing")
  }

  @Test func customTemplatesReplaceTheBuiltInOne() throws {
    let templates = try DocSetFixture([
      "swift/catalog.swift.mustache":
        "{{% CONTENT_TYPE: TEXT }}\n{{#catalogs}}// {{{name}}}: {{{entryCount}}} entries\n{{#apps}}// {{{caseName}}}\n{{/apps}}{{/catalogs}}"
    ])
    let result = try run(["build", "docs", "--swift", "-", "--templates", templates.root.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.output.hasPrefix("// AppConnectorErrors: 31 entries\n// allApps\n// aws\n"))
  }

  @Test func aMissingTemplateIsAUsageError() throws {
    let result = try run(["build", "docs", "--swift", "-", "--templates", "/nonexistent"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("cannot read template '/nonexistent/swift/catalog.swift.mustache'"))
  }
}
