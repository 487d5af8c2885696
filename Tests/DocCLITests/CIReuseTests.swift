import DocTestSupport
import Foundation
import Testing
import Yams

/// The pre-commit hook (`.pre-commit-hooks.yaml`) and the composite action (`action.yml`) that other
/// repositories use, run as pre-commit and GitHub's runner run them, on a scratch repository and with the
/// built tool (nothing is fetched: the action's `uses:` steps are only checked, not run).
@Suite("Reuse in other repositories' CI")
struct CIReuseTests {
  /// A scratch repository: `docs/` (a copy of the project's doc set, which has warnings only), `broken/` (the
  /// same with a page whose front matter is no YAML, an error) and a README in neither.
  private static func scratchRepository() throws -> URL {
    let files = FileManager.default
    let root = files.temporaryDirectory.appendingPathComponent("doccatalog-ci-\(UUID().uuidString)")
    try files.createDirectory(at: root, withIntermediateDirectories: true)
    for name in ["docs", "broken"] { try files.copyItem(at: Paths.docs, to: root.appendingPathComponent(name)) }
    try Data("---\ntitle: [unclosed\n---\n# Broken\n".utf8)
      .write(to: root.appendingPathComponent("broken/en-US/broken.md"))
    try Data("# Read me\n".utf8).write(to: root.appendingPathComponent("README.md"))
    return root
  }

  private static func load(_ name: String) throws -> Any? {
    try Yams.load(yaml: String(contentsOf: Paths.repositoryRoot.appendingPathComponent(name), encoding: .utf8))
  }

  // MARK: The pre-commit hook

  @Test func theHookValidatesTheDocSetOfEachChangedFile() throws {
    let hooks = try #require(try Self.load(".pre-commit-hooks.yaml") as? [[String: Any]])
    let hook = try #require(hooks.first { $0["id"] as? String == "doccatalog-validate" })
    #expect(hook["language"] as? String == "script")
    let files = try NSRegularExpression(pattern: try #require(hook["files"] as? String))
    func selected(_ path: String) -> Bool {
      files.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
    }
    #expect(selected("docs/en-US/page.md") && selected("doccatalog.yml") && selected("docs/doccatalog.yml"))
    #expect(!selected("Sources/main.swift") && !selected("docs/mydoccatalog.yml"))

    // A script hook's entry is a path in the hook's repository; pre-commit runs it from the repository it
    // checks, with the changed files after the hook's arguments.
    let entry = Paths.repositoryRoot.appendingPathComponent(try #require(hook["entry"] as? String)).path
    let root = try Self.scratchRepository()
    defer { try? FileManager.default.removeItem(at: root) }
    func commit(_ arguments: [String]) throws -> (status: Int32, output: String) {
      let result = try Command.run(
        "/usr/bin/env", ["DOCCATALOG=\(Command.doccatalog)", entry] + arguments, currentDirectory: root)
      return (result.status, result.output + result.standardError)
    }
    func validations(in output: String) -> Int { output.components(separatedBy: "checked)").count - 1 }

    let outside = try commit(["README.md"])
    #expect(outside.status == 0 && outside.output.isEmpty, "\(outside.output)")

    let clean = try commit([
      "docs/en-US/troubleshooting-api-connectors-using-error-messages.md", "docs/includes/support.md",
    ])
    #expect(clean.status == 0, "\(clean.output)")
    #expect(validations(in: clean.output) == 1, "one doc set, validated once: \(clean.output)")

    let broken = try commit(["--format", "text", "README.md", "broken/en-US/broken.md", "docs/doccatalog.yml"])
    #expect(broken.status == 1, "\(broken.output)")
    #expect(broken.output.contains("broken/en-US/broken.md:3:"), "\(broken.output)")
    #expect(broken.output.contains("[front-matter.invalid-yaml]"))
    #expect(validations(in: broken.output) == 2, "both doc sets: \(broken.output)")
  }

  // MARK: The composite action

  @Test func theActionAnnotatesAndFailsOnErrors() throws {
    let root = try Self.scratchRepository()
    defer { try? FileManager.default.removeItem(at: root) }
    let clean = try ActionRun(inputs: ["docs": "docs"], in: root)
    #expect(clean.failure == nil, "\(clean.log)")
    #expect(clean.log.contains("::warning file=docs/ja-JP/"), "\(clean.log)")
    #expect(!clean.ranUploads)

    let strict = try ActionRun(inputs: ["docs": "docs", "strict": "true"], in: root)
    #expect(strict.failure == 1, "warnings are errors with strict: \(strict.log)")

    let broken = try ActionRun(inputs: ["docs": "broken"], in: root)
    #expect(broken.failure == 1, "\(broken.log)")
    #expect(broken.log.contains("::error file=broken/en-US/broken.md,line=3"), "\(broken.log)")
  }

  @Test func theActionWritesSARIFAndUploadsItBeforeFailing() throws {
    let root = try Self.scratchRepository()
    defer { try? FileManager.default.removeItem(at: root) }
    let run = try ActionRun(inputs: ["docs": "broken", "sarif": "true", "sarif-file": "out.sarif"], in: root)
    #expect(run.failure == 1, "\(run.log)")
    #expect(run.uploadedSARIF == "out.sarif", "\(run.log)")
    let data = try Data(contentsOf: root.appendingPathComponent("out.sarif"))
    let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let results = (log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]] ?? []
    #expect(results.contains { $0["ruleId"] as? String == "front-matter.invalid-yaml" })
  }
}

/// The composite action's steps, run in order as GitHub's runner runs them: `run:` steps with bash and their
/// `env:`, `${{ … }}` expressions and `if:` conditions evaluated from the inputs (with their defaults) and the
/// outputs of earlier steps. `uses:` steps are not run, only recorded. The tool is the built one, given as
/// the `doccatalog` input, so that nothing is built or fetched.
private struct ActionRun {
  /// The exit status of the first failing step, which fails the job.
  var failure: Int32?
  /// What the steps printed.
  var log = ""
  /// The `sarif_file` of an upload step that would have run.
  var uploadedSARIF: String?
  var ranUploads: Bool { uploadedSARIF != nil }

  init(inputs given: [String: String], in root: URL) throws {
    let action = try #require(
      try Yams.load(
        yaml: String(contentsOf: Paths.repositoryRoot.appendingPathComponent("action.yml"), encoding: .utf8))
        as? [String: Any])
    let runs = try #require(action["runs"] as? [String: Any])
    #expect(runs["using"] as? String == "composite")
    var inputs: [String: String] = [:]
    for (name, input) in action["inputs"] as? [String: [String: Any]] ?? [:] {
      inputs[name] = input["default"].map { "\($0)" } ?? ""
    }
    inputs.merge(given) { $1 }
    inputs["doccatalog"] = Command.doccatalog
    var outputs: [String: [String: String]] = [:]

    func value(_ reference: String) -> String {
      let parts = reference.split(separator: ".").map(String.init)
      switch parts.first {
      case "inputs": return inputs[parts.dropFirst().joined(separator: ".")] ?? ""
      case "steps" where parts.count == 4: return outputs[parts[1]]?[parts[3]] ?? ""
      case "github" where parts.last == "action_path": return Paths.repositoryRoot.path
      default: return reference.hasPrefix("'") ? String(reference.dropFirst().dropLast()) : "unknown"
      }
    }
    func evaluate(_ expression: String) -> String {
      let trimmed = expression.trimmingCharacters(in: .whitespaces)
      for comparison in [" == ", " != "] where trimmed.contains(comparison) {
        let sides = trimmed.components(separatedBy: comparison).map { value($0.trimmingCharacters(in: .whitespaces)) }
        return (sides[0] == sides[1]) == (comparison == " == ") ? "true" : "false"
      }
      return value(trimmed)
    }
    func substitute(_ text: String) -> String {
      var result = ""
      var rest = Substring(text)
      while let open = rest.range(of: "${{"), let close = rest[open.upperBound...].range(of: "}}") {
        result += rest[..<open.lowerBound] + evaluate(String(rest[open.upperBound..<close.lowerBound]))
        rest = rest[close.upperBound...]
      }
      return result + rest
    }

    let bash = try #require(Command.which("bash"))
    for step in try #require(runs["steps"] as? [[String: Any]]) {
      if let condition = step["if"] as? String, evaluate(substitute(condition)) != "true" { continue }
      if let uses = step["uses"] as? String {
        if uses.hasPrefix("github/codeql-action/upload-sarif@") {
          uploadedSARIF = ((step["with"] as? [String: Any])?["sarif_file"] as? String).map(substitute)
        }
        continue
      }
      let script = try #require(step["run"] as? String)
      #expect(step["shell"] as? String == "bash")
      let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("github-output-\(UUID())")
      try Data().write(to: outputFile)
      defer { try? FileManager.default.removeItem(at: outputFile) }
      let environment = (step["env"] as? [String: Any] ?? [:]).map { "\($0.key)=\(substitute("\($0.value)"))" }
      // GitHub runs a bash step as `bash --noprofile --norc -eo pipefail {0}`.
      let result = try Command.run(
        "/usr/bin/env",
        environment + [
          "GITHUB_OUTPUT=\(outputFile.path)", bash, "--noprofile", "--norc", "-eo", "pipefail", "-c", script,
        ],
        currentDirectory: root)
      log += result.output + result.standardError
      if let id = step["id"] as? String {
        let lines = try String(contentsOf: outputFile, encoding: .utf8).split(separator: "\n")
        for line in lines {
          let pair = line.split(separator: "=", maxSplits: 1).map(String.init)
          if pair.count == 2 { outputs[id, default: [:]][pair[0]] = pair[1] }
        }
      }
      if result.status != 0 {
        failure = result.status
        return
      }
    }
  }
}
