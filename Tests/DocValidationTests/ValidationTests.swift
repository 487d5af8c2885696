import DocBuild
import DocModel
import DocParser
import DocTestSupport
import DocValidation
import Foundation
import Testing

/// `doccatalog validate` on a fixture with one defect per rule, on docs/ and on the corpus.
@Suite("Validation")
struct ValidationTests {
  static let defects = Paths.folder(of: #filePath).appendingPathComponent("Fixtures/defects")

  /// `rule file:line` for each expected defect, from Fixtures/defects/expected.txt.
  static let expected: Set<String> = {
    let text = (try? String(contentsOf: defects.appendingPathComponent("expected.txt"), encoding: .utf8)) ?? ""
    return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
  }()

  func run(_ arguments: [String]) throws -> CommandResult {
    try Command.run(Command.doccatalog, arguments, currentDirectory: Self.defects)
  }

  /// `rule file:line` of a diagnostic, its file relative to the fixture folder.
  static func key(rule: String, file: String, line: Int) -> String {
    let relative = file.hasPrefix("./") ? String(file.dropFirst(2)) : file
    return "\(rule) \(relative):\(line)"
  }

  @Test func everyRuleHasADefectInTheFixture() {
    let ruled = Set(Self.expected.map { String($0.split(separator: " ")[0]) })
    // Tested apart, in RuleTests: links out of the docs folder cannot be in a fixture kept in git; a bad
    // ms.contentlocale places a page only without a configuration; include budgets are spent by the site,
    // site.page-name-too-long is found as it is made, the fixture's catalog has no typed field for
    // catalog.invalid-value, and the links Learn resolves have a fixture of their own (Fixtures/links,
    // LinkResolutionTests).
    let untested: Set<String> = [
      "io.unreadable", "config.invalid", "docset.missing-locale", "source.outside-docs",
      "front-matter.invalid-locale", "include.budget-exceeded", "site.page-name-too-long", "catalog.invalid-value",
      "link.case-mismatch", "link.redirected", "redirection.invalid-file",
      // DocFX constructs and the site's media have rule tests of their own.
      "docfx.invalid-attribute", "docfx.unbalanced-block", "link.missing-file", "site.media-too-large",
      "table.empty-row", "translation.enum-value",
      "catalog.symbol-collision",  // Tests/RuleTests/CatalogSymbolCollisionTests.swift
      "docfx.unknown-construct", "docfx.missing-snippet-region", "docfx.snippet-too-large",
      "docfx.video-host",  // Tests/RuleTests/DocFXVideoHostTests.swift
      "docfx.video-unquoted",  // Tests/RuleTests/DocFXVideoUnquotedTests.swift
      "link.file-case-mismatch",  // Tests/RuleTests/LinkFileCaseMismatchTests.swift
      "toc.invalid",  // Tests/RuleTests/TOCInvalidTests.swift
      "link.unresolved-xref", "link.duplicate-uid",  // RuleTests: LinkUnresolvedXref, XrefDuplicateUID
    ]
    #expect(ruled.union(untested) == Set(RuleRegistry.all.map(\.id)), "tested apart: \(untested)")
    #expect(Self.expected.count == 28)
  }

  @Test func textFormatGivesExactlyOneDiagnosticPerDefect() throws {
    let result = try run(["validate", "."])
    #expect(result.status == 1, "the fixture holds errors")
    var found: [String] = []
    for line in result.output.split(separator: "\n") where line.contains(": warning: ") || line.contains(": error: ") {
      let parts = line.split(separator: ":", maxSplits: 3).map(String.init)
      let rule = String(line[line.index(after: line.lastIndex(of: "[")!)..<line.lastIndex(of: "]")!])
      found.append(Self.key(rule: rule, file: parts[0], line: Int(parts[1]) ?? 0))
    }
    #expect(found.count == Self.expected.count)
    #expect(Set(found) == Self.expected)
    #expect(result.output.contains("4 errors, 24 warnings in 11 files (11 pages checked)"))
  }

  @Test func textFormatShowsTheLineAndACaret() throws {
    let result = try run(["validate", "."])
    #expect(
      result.output.contains(
        """
        en-US/other.md:7:15: warning: linked page 'nowhere.md' does not exist [link.missing-page]
         7 | See [nowhere](nowhere.md) and [a missing heading](errors.md#no-such-heading), or [more errors](errors.md#more-errors).
           |               ^
        """))
  }

  @Test func githubFormatAnnotatesEachDefect() throws {
    let result = try run(["validate", ".", "--format", "github"])
    let lines = result.output.split(separator: "\n").map(String.init)
    var found: Set<String> = []
    for line in lines {
      #expect(line.hasPrefix("::warning file=") || line.hasPrefix("::error file="), "\(line)")
      let properties = line.split(separator: " ", maxSplits: 1)[1].split(separator: "::")[0].split(separator: ",")
      var values: [String: String] = [:]
      for property in properties {
        let pair = property.split(separator: "=", maxSplits: 1)
        values[String(pair[0])] = String(pair[1]).replacingOccurrences(of: "%3A", with: ":")
      }
      found.insert(
        Self.key(rule: values["title"] ?? "", file: values["file"] ?? "", line: Int(values["line"] ?? "0") ?? 0))
    }
    #expect(lines.count == Self.expected.count)
    #expect(found == Self.expected)
    #expect(
      lines.contains(
        "::error file=en-US/other.md,line=9,col=1,title=include.cycle::includes form a cycle: loop-a.md → loop-b.md → loop-a.md"
      ))
  }

  @Test func jsonFormatListsEachDefect() throws {
    let result = try run(["validate", ".", "--format", "json"])
    let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [[String: Any]])
    #expect(objects.count == Self.expected.count)
    let found = Set(
      objects.map { Self.key(rule: $0["rule"] as! String, file: $0["file"] as! String, line: $0["line"] as! Int) })
    #expect(found == Self.expected)
    #expect(objects.allSatisfy { Set($0.keys) == ["file", "line", "column", "severity", "rule", "message"] })
  }

  @Test func sarifFormatValidatesAndListsEachDefect() throws {
    let result = try run(["validate", ".", "--format", "sarif"])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    let found = Set(
      results.map { result -> String in
        let location = ((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])
        let file = (location["artifactLocation"] as! [String: Any])["uri"] as! String
        let line = (location["region"] as? [String: Any])?["startLine"] as? Int ?? 0
        return Self.key(rule: result["ruleId"] as! String, file: file, line: line)
      })
    #expect(results.count == Self.expected.count)
    #expect(found == Self.expected)

    let file = FileManager.default.temporaryDirectory.appendingPathComponent("validate-\(UUID()).sarif")
    try Data(result.standardOutput).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let python = try #require(Command.which("python3"))
    let script = Paths.repositoryRoot.appendingPathComponent("Scripts/validate-json-schema.py").path
    let check = try Command.run(python, [script, "sarif-2.1.0", file.path])
    #expect(check.status == 0, "SARIF 2.1.0 schema: \(check.output)\(check.standardError)")
  }

  @Test func projectDocsHaveOnlyTheRealTranslationProblems() throws {
    let result = try Command.run(
      Command.doccatalog, ["validate", "docs", "--format", "json"], currentDirectory: Paths.repositoryRoot)
    #expect(result.status == 0, "warnings only")
    let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [[String: Any]])
    let found = objects.map {
      "\($0["rule"] as! String) \($0["line"] as! Int):\($0["column"] as! Int) \($0["severity"] as! String)"
    }
    let page = "docs/ja-JP/troubleshooting-api-connectors-using-error-messages.md"
    #expect(objects.allSatisfy { $0["file"] as? String == page })
    #expect(
      found == [
        // "Box" became "ボックス" in the app column.
        "translation.glossary-term 41:153 warning", "translation.glossary-term 42:48 warning",
        "translation.glossary-term 43:170 warning", "translation.glossary-term 44:85 warning",
        "translation.glossary-term 45:74 warning",
        // Error messages rewritten by machine translation.
        "translation.literal-changed 55:4 warning", "translation.literal-changed 66:4 warning",
        "translation.literal-changed 67:4 warning", "translation.literal-changed 68:4 warning",
      ])
  }

  @Test func corpusWithoutConfigurationGivesSensibleFindings() throws {
    let corpus = Paths.shared.appendingPathComponent("corpus")
    let docSet = try DocSetReading.read(root: corpus.path)
    let diagnostics = docSet.diagnostics + Validator().validate(docSet)
    let found = Set(
      diagnostics.map { Self.key(rule: $0.rule, file: String($0.file.dropFirst(corpus.path.count + 1)), line: $0.line) }
    )
    #expect(docSet.pages.count >= 60)
    #expect(
      !diagnostics.contains { $0.severity == .error },
      "\(diagnostics.filter { $0.severity == .error }.map(\.formatted))")
    let sample: Set<String> = [
      // "|Message d’erreur|Description|" over "|-|-|-|": GitHub shows no table.
      "table.delimiter-mismatch pages/fr-fr/xaml-hot-reload-error-messages.md:33",
      "table.delimiter-mismatch pages/fr-fr/xaml-hot-reload-error-messages.md:57",
      "table.delimiter-mismatch pages/ko-kr/xaml-hot-reload-error-messages.md:35",
      // Headings translated, links still use the English anchors.
      "link.missing-anchor pages/zh-tw/storsimple-portal-prep-legacy-acom.md:109",
      // Legacy pages without front matter, and empty values.
      "front-matter.missing-key pages/ja-jp/scheduler-limits-error-codes.md:1",
      "front-matter.missing-key pages/pl-pl/dlp-migration-common-errors.md:8",
      // The corpus ships no includes.
      "include.missing-file app-connector-errors/ja-jp-2020.md:75",
      // Nor media.
      "link.missing-file pages/de-de/aad-provisioning-logs-error-codes.md:63",
    ]
    #expect(sample.isSubset(of: found), "missing: \(sample.subtracting(found))")
    let withoutMedia = diagnostics.filter { $0.rule != "link.missing-file" }
    #expect(withoutMedia.count < 100, "a few findings a page at most")
  }

  @Test func configuredSeveritiesAndStrictChangeTheOutcome() throws {
    let docs = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration
        + "\nrules:\n  docfx.unknown-marker: off\n  table.cell-count-mismatch: error\n",
      "en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1", "App", "D", "R"]]) + "\n> [!FOO]\n> x\n",
      "ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1", "App", "説明", "解決"]]),
    ])
    let clean = try Command.run(Command.doccatalog, ["validate", docs.root.path, "--format", "json"])
    #expect(clean.status == 0)
    #expect(clean.output.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")

    try Data((DocSetFixture.page(locale: "ja-JP", rows: [["E1", "App", "説明"]])).utf8)
      .write(to: docs.root.appendingPathComponent("ja-JP/errors.md"))
    let failing = try Command.run(Command.doccatalog, ["validate", docs.root.path])
    #expect(failing.status == 1, "cell-count-mismatch is configured as an error")
    #expect(failing.output.contains("error: row has 3 cells but the header has 4"))

    try Data("---\ntitle: T\nms.date: 01/01/2024\n---\n# T\n".utf8).write(
      to: docs.root.appendingPathComponent("ja-JP/errors.md"))
    let warnings = try Command.run(Command.doccatalog, ["validate", docs.root.path])
    #expect(warnings.status == 0, "warnings only: \(warnings.output)")
    let strict = try Command.run(Command.doccatalog, ["validate", docs.root.path, "--strict"])
    #expect(strict.status == 1)
  }

  @Test func usageAndInputErrorsExitTwo() throws {
    #expect(try Command.run(Command.doccatalog, ["validate", "/nonexistent/docs"]).status == 2)
    #expect(try Command.run(Command.doccatalog, ["validate", "--format", "xml"]).status == 2)
  }

  @Test func invalidConfigurationIsAnErrorAtItsLine() throws {
    let docs = try DocSetFixture(["doccatalog.yml": "sourceLocale: en-US\nrules:\n  no.such-rule: error\n"])
    let result = try Command.run(Command.doccatalog, ["validate", docs.root.path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("doccatalog.yml:3:3: error: unknown rule 'no.such-rule'"))
  }

  @Test func listRulesDescribesEveryRule() throws {
    let result = try Command.run(Command.doccatalog, ["validate", "--list-rules"])
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == RuleRegistry.all.count)
    #expect(
      lines.contains {
        $0.hasPrefix("translation.glossary-term") && $0.hasSuffix("a do-not-translate glossary term was translated")
      })
  }
}
