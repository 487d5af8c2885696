import DocTestSupport
import Foundation
import Testing

/// The configuration's `rules:` reach `build` as they reach `validate`: a finding lowered to a warning is
/// reported and does not stop the build, one turned off is not reported at all.
@Suite("build and lookup with the configuration's severities")
struct BuildSeverityTests {
  func docs(rules: String) throws -> DocSetFixture {
    try DocSetFixture([
      "doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US]\nrules:\n\(rules)",
      "en-US/broken.md": "---\ntitle: [unclosed\ndescription: A page.\n---\n# Broken page\n\nIts text.\n",
      "en-US/fine.md": "---\ntitle: Fine\ndescription: A page.\nms.date: 01/15/2024\n---\n# Fine\n",
    ])
  }

  /// The page whose front matter is not YAML is built without it (its title then comes from its heading),
  /// and the finding is reported as the warning the configuration makes it.
  @Test func aBrokenFrontMatterLoweredToAWarningIsBuiltWithoutItAndReported() throws {
    let docs = try docs(rules: "  front-matter.invalid-yaml: warning\n")
    let site = docs.root.appendingPathComponent("out/site").path
    let result = try Command.run(
      Command.doccatalog, ["build", docs.root.path, "--html", site, "--json", "-", "--no-cache"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("warning: front matter is not valid YAML"), "\(result.standardError)")
    #expect(!result.standardError.contains("error:"))
    let page = try String(contentsOfFile: site + "/en-US/broken.html", encoding: .utf8)
    #expect(page.contains("<title>Broken page"))
    #expect(page.contains("Its text."))
    #expect(FileManager.default.fileExists(atPath: site + "/en-US/fine.html"))
  }

  /// A rule turned off is not reported by `build`, and its error no longer stops it.
  @Test func aRuleTurnedOffIsNotReportedByBuild() throws {
    let docs = try docs(rules: "  front-matter.invalid-yaml: off\n")
    let result = try Command.run(Command.doccatalog, ["build", docs.root.path, "--json", "-", "--no-cache"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.standardError.contains("front-matter.invalid-yaml"), "\(result.standardError)")
  }

  /// `lookup`, reading the docs folder, is not stopped by an error the configuration lowered.
  @Test func lookupReadsTheDocsDespiteALoweredError() throws {
    let docs = try docs(rules: "  front-matter.invalid-yaml: warning\n")
    let result = try Command.run(Command.doccatalog, ["lookup", "anything", "--docs", docs.root.path])
    #expect(!result.standardError.contains("front matter is not valid YAML"), "\(result.standardError)")
    #expect(result.standardError.contains("no entry matches") || result.output.contains("no entry matches"))
  }

  /// Without `rules:`, the error still stops the build and nothing is written.
  @Test func theDefaultSeverityStillStopsTheBuild() throws {
    let docs = try docs(rules: "  link.missing-page: warning\n")
    let json = docs.root.appendingPathComponent("out/catalog.json").path
    let result = try Command.run(Command.doccatalog, ["build", docs.root.path, "--json", json, "--no-cache"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error: front matter is not valid YAML"), "\(result.standardError)")
    #expect(!FileManager.default.fileExists(atPath: json))
  }
}
