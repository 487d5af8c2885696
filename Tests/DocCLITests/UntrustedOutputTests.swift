import DocTestSupport
import Foundation
import Testing

/// A docs folder, its configuration included, comes from strangers: the outputs it names stay inside the
/// project, no output lands on the docs, and a failed build leaves every file as it was.
@Suite("Outputs of untrusted docs")
struct UntrustedOutputTests {
  /// A project (a Git repository) holding `docs/`, a `src/` folder, and a `home/` folder beside it that
  /// stands for everything outside the project; `docs` gives the configuration's extra lines and files.
  final class Project {
    let fixture: DocSetFixture
    var root: URL { fixture.root }
    var project: URL { root.appendingPathComponent("project") }
    var docs: URL { project.appendingPathComponent("docs") }

    init(outputs: String = "", files: [String: String] = [:]) throws {
      var all = [
        "project/.git/HEAD": "ref: refs/heads/main\n",
        "project/src/main.swift": "print(\"kept\")\n",
        "home/.ssh/authorized_keys": "ssh-ed25519 AAAA kept\n",
        "project/docs/doccatalog.yml": DocSetFixture.configuration + "\n" + outputs,
        "project/docs/en-US/errors.md": DocSetFixture.page(locale: "en-US", rows: [["E1", "App", "D", "R"]]),
        "project/docs/ja-JP/errors.md": DocSetFixture.page(locale: "ja-JP", rows: [["E1", "App", "説明", "解決"]]),
      ]
      for (path, text) in files { all[path] = text }
      fixture = try DocSetFixture(all)
    }

    /// Runs `doccatalog` from the project folder.
    func run(_ arguments: [String]) throws -> CommandResult {
      try Command.run(Command.doccatalog, arguments, currentDirectory: project)
    }

    /// Every entry under the fixture (links as links), with the bytes of files: what a build must leave alone.
    func snapshot() throws -> [String: String] {
      var entries: [String: String] = [:]
      for relative in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
        let path = root.appendingPathComponent(relative).path
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
          entries[relative] = "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
        case S_IFREG:
          entries[relative] = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        default: entries[relative] = "folder"
        }
      }
      return entries
    }
  }

  /// `outputs: {json: ../../home/.ssh/authorized_keys, html: ../src}` overwrote the key file and replaced
  /// `src/` with the site: each is now an error at its line, and nothing is written.
  @Test func configuredOutputsOutsideTheProjectOrOnItsSourcesAreErrorsAtTheirLines() throws {
    let project = try Project(outputs: "outputs:\n  json: ../../home/.ssh/authorized_keys\n  html: ../src\n")
    let before = try project.snapshot()
    let result = try project.run(["build", "docs"])
    #expect(result.status == 1, "\(result.standardError)")
    #expect(
      result.standardError.contains(
        "docs/doccatalog.yml:13:9: error: output 'html': '../src' is a folder this tool did not write"),
      "\(result.standardError)")
    #expect(
      result.standardError.contains(
        "docs/doccatalog.yml:12:9: error: output 'json': '../../home/.ssh/authorized_keys' leads outside the project"))
    #expect(result.standardError.contains("[config.invalid]"))
    #expect(try project.snapshot() == before, "nothing written")
  }

  /// The docs folder itself (`html: ""` replaced it with the site), an ancestor, a page, the configuration,
  /// an absolute path outside, a link leading outside, the repository's `.git`: each refused, nothing written.
  @Test(arguments: [
    "html: \"\"", "html: .", "html: ..", "html: en-US", "json: en-US/errors.md", "json: doccatalog.yml",
    "json: /tmp/doccatalog-escaped/catalog.json", "json: outside/catalog.json", "swift: ../.git/hooks/pre-commit",
    "html: ../../home", "json: ../../home/new.json",
  ])
  func configuredOutputsThatWouldReplaceTheDocsOrLeaveTheProjectAreRefused(_ output: String) throws {
    let project = try Project(outputs: "outputs:\n  \(output)\n")
    try FileManager.default.createSymbolicLink(
      atPath: project.docs.appendingPathComponent("outside").path,
      withDestinationPath: project.root.appendingPathComponent("home").path)
    let before = try project.snapshot()
    let escaped = "/tmp/doccatalog-escaped/catalog.json"
    let escapedBefore = FileManager.default.contents(atPath: escaped)
    let result = try project.run(["build", "docs", "--no-cache"])
    #expect(result.status == 1, "\(output): \(result.standardError)")
    #expect(result.standardError.contains("docs/doccatalog.yml:12:"), "\(output): \(result.standardError)")
    #expect(result.standardError.contains("[config.invalid]"))
    #expect(try project.snapshot() == before, "\(output): nothing written")
    #expect(FileManager.default.contents(atPath: escaped) == escapedBefore, "nothing written outside")
  }

  /// Outputs inside the project, and inside the docs folder where they replace none of its files, are fine.
  @Test func configuredOutputsInsideTheProjectAreWritten() throws {
    let project = try Project(
      outputs: "outputs:\n  json: generated/catalog.json\n  swift: ../src/Catalog.swift\n  html: ../site\n")
    let result = try project.run(["build", "docs"])
    #expect(result.status == 0, "\(result.standardError)")
    for path in ["docs/generated/catalog.json", "src/Catalog.swift", "site/index.html", "site/.doccatalog-site"] {
      #expect(FileManager.default.fileExists(atPath: project.project.appendingPathComponent(path).path), "\(path)")
    }
    #expect(try project.run(["build", "docs", "--no-cache"]).status == 0, "a site the tool wrote is replaced")
  }

  /// The command line may name any path, but not the docs folder, a path in it that is a page, an ancestor
  /// of it, a folder where a file is meant or a file where a folder is meant. `--html .`, `--json x//` and
  /// the like crashed (SIGILL); `--html docs` replaced the sources; `--html docs/en-US/errors.md` turned a
  /// page into a folder. Each is now a usage error, and nothing is written.
  @Test(arguments: [
    ["--html", "."], ["--html", "./"], ["--json", "."], ["--json", "x//"], ["--swift", "."], ["--html", "docs"],
    ["--html", "docs/"], ["--html", "docs/en-US/errors.md"], ["--json", "docs/en-US/errors.md"],
    ["--json", "docs/en-US"], ["--html", "docs/.."], ["--html", ".."], ["--json", "src"],
    ["--html", "src/main.swift"], ["--json", "src/main.swift/catalog.json"], ["--html", "src"], ["--json", ""],
  ])
  func commandLineOutputsOnTheDocsOrOfTheWrongKindAreUsageErrors(_ option: [String]) throws {
    let project = try Project()
    let before = try project.snapshot()
    let result = try project.run(["build", "docs", "--no-cache"] + option)
    #expect(result.status == 2, "\(option): \(result.standardError)")
    #expect(result.standardError.hasPrefix("error: \(option[0]) '\(option[1])' "), "\(option): \(result.standardError)")
    #expect(try project.snapshot() == before, "\(option): nothing written")
  }

  /// A site folder is only replaced when it is empty or the tool wrote it (its marker file is there).
  @Test func aSiteReplacesOnlyAFolderTheToolWrote() throws {
    let project = try Project()
    let empty = project.project.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let first = try project.run(["build", "docs", "--html", "empty", "--no-cache"])
    #expect(first.status == 0, "\(first.standardError)")
    #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent(".doccatalog-site").path))
    try Data("mine".utf8).write(to: empty.appendingPathComponent("notes.txt"))
    let again = try project.run(["build", "docs", "--html", "empty", "--no-cache"])
    #expect(again.status == 0, "a site it wrote is replaced whole: \(again.standardError)")
    #expect(!FileManager.default.fileExists(atPath: empty.appendingPathComponent("notes.txt").path))

    try FileManager.default.removeItem(at: empty.appendingPathComponent(".doccatalog-site"))
    let before = try project.snapshot()
    let refused = try project.run(["build", "docs", "--html", "empty", "--no-cache"])
    #expect(refused.status == 2)
    #expect(refused.standardError.contains("is a folder this tool did not write"), "\(refused.standardError)")
    #expect(try project.snapshot() == before)
  }

  /// Every output is written beside its place first, and none replaced unless all could be: an output that
  /// cannot be written (here a file in /proc, where nothing can be created) leaves the site and the Swift
  /// source of the last build as they were. The site was swapped in before the JSON failed.
  @Test func anOutputThatCannotBeWrittenLeavesEveryOtherAsItWas() throws {
    let project = try Project()
    let outputs = ["--swift", "out/Catalog.swift", "--html", "out/site", "--no-cache"]
    #expect(try project.run(["build", "docs"] + outputs).status == 0)
    try Data(DocSetFixture.page(locale: "en-US", rows: [["E2", "App", "D", "R"]]).utf8)
      .write(to: project.docs.appendingPathComponent("en-US/errors.md"))
    let before = try project.snapshot()
    let result = try project.run(["build", "docs", "--json", "/proc/doccatalog-catalog.json"] + outputs)
    #expect(result.status == 1, "\(result.standardError)")
    #expect(result.standardError.contains("/proc/doccatalog-catalog.json"), "\(result.standardError)")
    #expect(try project.snapshot() == before, "the old site and Swift source, and no temporary file")
  }

  /// The cache folder planted as a link to a folder outside had the manifest written there; a manifest
  /// that is a link is read through it. Both are now ignored, and nothing is written through them.
  @Test func aCacheFolderOrManifestThatIsALinkIsNotUsed() throws {
    let project = try Project()
    let elsewhere = project.root.appendingPathComponent("home/cache")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    let cache = project.docs.appendingPathComponent(".doccatalog-cache")
    try FileManager.default.createSymbolicLink(atPath: cache.path, withDestinationPath: elsewhere.path)
    let result = try project.run(["build", "docs", "--json", "out/catalog.json"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("the build cache is not used"), "\(result.standardError)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)

    // A real cache folder, whose manifest is then replaced by a link to a copy of it.
    try FileManager.default.removeItem(at: cache)
    #expect(try project.run(["build", "docs", "--json", "out/catalog.json"]).status == 0)
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".manifest") })
    let copy = elsewhere.appendingPathComponent(name)
    try FileManager.default.moveItem(at: cache.appendingPathComponent(name), to: copy)
    try FileManager.default.createSymbolicLink(
      atPath: cache.appendingPathComponent(name).path, withDestinationPath: copy.path)
    let copied = try Data(contentsOf: copy)
    let linked = try project.run(["build", "docs", "--json", "out/catalog.json"])
    #expect(linked.status == 0)
    #expect(!linked.standardError.contains("up to date"), "a linked manifest is not trusted: \(linked.standardError)")
    #expect(try Data(contentsOf: copy) == copied, "nothing written through the link")
  }

  /// A symbolic link planted at the name the temporary file of an output used to have (`.NAME.tmp-PID`, for
  /// the next process ids) redirected the write to the link's target. Temporary files now have random names
  /// and are created exclusively, never through a link.
  @Test func linksPlantedAtTemporaryNamesAreNotFollowed() throws {
    let project = try Project()
    let target = project.root.appendingPathComponent("home/.ssh/authorized_keys")
    let out = project.project.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    // From the last process id handed out, the next ones.
    let last =
      (try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))
      .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
      ?? ProcessInfo.processInfo.processIdentifier
    let planted = 20_000
    for pid in (last + 1)...(last + Int32(planted)) {
      try FileManager.default.createSymbolicLink(
        atPath: out.appendingPathComponent(".catalog.json.tmp-\(pid)").path, withDestinationPath: target.path)
    }
    let result = try project.run(["build", "docs", "--json", "out/catalog.json", "--no-cache"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try String(contentsOf: target, encoding: .utf8) == "ssh-ed25519 AAAA kept\n")
    var info = stat()
    #expect(lstat(out.appendingPathComponent("catalog.json").path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG)
    let links = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
    #expect(links.count == planted, "links are never removed as leftovers")
  }
}
