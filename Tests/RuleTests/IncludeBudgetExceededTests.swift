import DocParser
import DocTestSupport
import Foundation
import Testing

@Suite("include.budget-exceeded")
struct IncludeBudgetExceededTests {
  /// The findings of `build --html` for the rule, as `path:line:column` relative to the docs folder, and its
  /// status.
  func build(_ docs: MarkedDocs) throws -> (status: Int32, findings: [String]) {
    let out = try DocSetFixture([:])
    let site = out.root.appendingPathComponent("site")
    let result = try Command.run(
      Command.doccatalog, ["build", docs.root.path, "--html", site.path, "--no-cache", "--quiet"])
    let findings = result.standardError.split(separator: "\n").filter { $0.hasSuffix("[include.budget-exceeded]") }
      .map { line in
        String(line.prefix { $0 != " " }.dropLast()).replacingOccurrences(of: docs.root.path + "/", with: "")
      }
    return (result.status, findings)
  }

  /// Includes nested past ten levels: found at the include that goes one level too deep, where it is written.
  @Test func includesNestedTooDeepAreFoundWhereTheyAreWritten() throws {
    var files = ["en-US/guide.md": "# Guide\n\n[!INCLUDE [1](../includes/level1.md)]\n"]
    for level in 1...12 {
      let marker = level == 10 ? "1️⃣" : ""
      files["includes/level\(level).md"] = "Level \(level).\n\n\(marker)[!INCLUDE [next](level\(level + 1).md)]\n"
    }
    files["includes/level13.md"] = "Bottom.\n"
    let docs = try MarkedDocs(files)
    let (status, findings) = try build(docs)
    #expect(findings == docs.places("1️⃣"))
    #expect(status != 0)
    // Nine levels are fine.
    files["includes/level9.md"] = "Level 9.\n"
    #expect(try build(try MarkedDocs(files)).findings == [])
  }

  /// Includes that each include ten others, nine levels deep (a thousand million includes): the page stops
  /// expanding them at its budget and the build ends at once.
  @Test(.timeLimit(.minutes(1))) func includesFanningOutStopAtTheBudget() throws {
    var files = ["en-US/guide.md": "# Guide\n\n[!INCLUDE [top](../includes/i0.md)]\n"]
    for level in 0..<9 {
      files["includes/i\(level).md"] = String(
        repeating: "Some text at level \(level).\n\n[!INCLUDE [x](i\(level + 1).md)]\n\n", count: 10)
    }
    files["includes/i9.md"] = "Leaf.\n"
    let docs = try MarkedDocs(files)
    let start = Date()
    let (status, findings) = try build(docs)
    #expect(Date().timeIntervalSince(start) < 20)
    #expect(status != 0)
    #expect(findings.count == 1)
  }
}
