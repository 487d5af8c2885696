import DocBuild
import DocModel
import Foundation
import Testing

/// Builds that take pages' results from the cache give what a full build gives: after every step of random
/// edits, additions, deletions and renames of pages, includes and the configuration of a small doc set, the
/// cached build's catalog JSON, Swift source, site and findings equal a `--no-cache` build's byte for byte, and a
/// long-running validation's findings (``IncrementalValidation``) equal a full `validate`'s.
@Suite("Incremental builds equal full builds")
struct IncrementalPropertyTests {
  /// A reproducible stream of random numbers (SplitMix64).
  struct Random: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
  }

  /// What a build reported: its findings and how it ended.
  final class Report: BuildObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func observe(_ event: BuildEvent) {
      guard case .diagnostics(let found) = event else { return }
      lock.withLock { lines += found.map(\.formatted) }
    }
    var findings: [String] { lock.withLock { lines } }
  }

  /// The doc set: its files by path in the docs folder, written anew at each step.
  struct DocSet {
    var files: [String: String] = [:]
    var random: Random

    static let apps = ["Mail", "Teams", "All apps", ""]

    mutating func configuration() -> String {
      let enHeader = random.chance(85) ? "Error message" : "Message"
      var text = """
        sourceLocale: en-US
        locales: [en-US, ja-JP]
        catalogs:
          - name: Errors
            pages: [errors.md\(random.chance(30) ? ", more/*.md" : "")]
            columns:
              message: { en-US: \(enHeader), ja-JP: エラー メッセージ }
              app: { en-US: App, ja-JP: アプリ }
              description: { en-US: Description, ja-JP: 説明 }

        """
      if random.chance(30) { text += "rules:\n  table.cell-count-mismatch: \(random.pick(["off", "error", "note"]))\n" }
      if random.chance(5) { text += "catalogs: [oops\n" }
      return text
    }

    mutating func rows(_ locale: String) -> String {
      let header = locale == "ja-JP" ? "|エラー メッセージ|アプリ|説明|" : "|Error message|App|Description|"
      var text = header + "\n|-|-|-|\n"
      for _ in 0..<random.below(4) {
        let code = random.below(5)
        text += "|E\(code): failed \(random.chance(20) ? "again" : "")|\(random.pick(Self.apps))|"
        text += "Text \(random.below(9))\(random.chance(10) ? "" : "|")\n"
      }
      return text
    }

    mutating func page(_ locale: String, includes: [String], catalog: Bool) -> String {
      var text =
        random.chance(5) ? "---\ntitle: [broken\n---\n" : "---\ntitle: T\(random.below(9))\nms.date: 01/15/2024\n---\n"
      text += "# Page \(random.below(4))\n\nSome text \(random.below(99)).\n\n"
      for _ in 0..<random.below(3) {
        let target = random.pick(["p0.md", "p1.md", "p2.md", "errors.md", "n1.md", "r0.md", "more/n2.md", ""])
        let anchor = random.chance(60) ? "#\(random.pick(["page", "part"]))-\(random.below(4))" : ""
        text += "See [that](\(target)\(anchor)).\n\n"
      }
      if random.chance(20) { text += "![A picture](../media/\(random.pick(["a", "b"])).png)\n\n" }
      // A picture in the page's own folder: a locale without the page shows it from the source's, under its
      // own folder, where it may have a picture of its own by that name.
      if random.chance(15) { text += "![A local picture](media/c.png)\n\n" }
      if random.chance(15) {
        // A code snippet: from the docs' shared folder, from the page's own folder, or by a path that climbs
        // after it went down (a page such a path is in is parsed on every build).
        let source = random.pick(["../snippets/s\(random.below(3)).cs", "s0.cs", "../snippets/../snippets/s1.cs"])
        text += ":::code language=\"csharp\" source=\"\(source)\" id=\"main\":::\n\n"
      }
      if catalog || random.chance(15) { text += rows(locale) + "\n" }
      for _ in 0..<random.below(3) {
        let include = includes.isEmpty || random.chance(15) ? "includes/none.md" : random.pick(includes)
        text += "[!INCLUDE [part](\(random.chance(50) ? "../" : "")\(include))]\n\n"
      }
      return text
    }

    mutating func include(_ others: [String]) -> String {
      var text = "Included \(random.below(99)).\n\n"
      if random.chance(40) { text += "## Part \(random.below(4))\n\n" }
      if random.chance(30), let other = others.randomElement(using: &random) {
        text += "[!INCLUDE [nested](\(other.split(separator: "/").last!))]\n\n"
      }
      if random.chance(15) {
        text += ":::code language=\"csharp\" source=\"../snippets/s\(random.below(3)).cs\" id=\"main\":::\n\n"
      }
      if random.chance(10) { text += "|a|b|\n|-|-|\n|1|2|3|\n" }
      if random.chance(5) { text += "\u{0}" }
      return text
    }

    mutating func snippet() -> String {
      random.chance(80) ? "// <main>\nint v\(random.below(9));\n// </main>\n" : "int v\(random.below(9));\n"
    }

    var includes: [String] { files.keys.filter { $0.hasPrefix("includes/") }.sorted() }
    var pages: [String] { files.keys.filter { $0.hasSuffix(".md") && !$0.hasPrefix("includes/") }.sorted() }

    init(seed: UInt64) {
      random = Random(state: seed)
      files["doccatalog.yml"] = configuration()
      for index in 0..<3 { files["includes/i\(index).md"] = include([]) }
      files["media/a.png"] = "a picture"
      files["snippets/s0.cs"] = snippet()
      files["en-US/errors.md"] = page("en-US", includes: includes, catalog: true)
      files["ja-JP/errors.md"] = page("ja-JP", includes: includes, catalog: true)
      for index in 0..<3 { files["en-US/p\(index).md"] = page("en-US", includes: includes, catalog: false) }
      files["ja-JP/p0.md"] = page("ja-JP", includes: includes, catalog: false)
    }

    /// One random change: a page or include edited, added, deleted or renamed, the configuration edited, or a
    /// picture or a code snippet's file the pages show changed, added or deleted.
    mutating func change() {
      let locale = random.pick(["en-US", "ja-JP"])
      switch random.below(12) {
      case 0, 1, 2:
        let path = random.pick(pages)
        files[path] = page(String(path.prefix(5)), includes: includes, catalog: path.hasSuffix("errors.md"))
      case 3:
        let path = random.pick(includes + ["includes/i\(random.below(5)).md"])
        files[path] = include(includes)
      case 4:
        let folder = random.chance(30) ? "more/" : ""
        files["\(locale)/\(folder)n\(random.below(6)).md"] = page(locale, includes: includes, catalog: false)
      case 5:
        let path = random.pick(pages + includes)
        if path != "en-US/errors.md" { files[path] = nil }
      case 6:
        let path = random.pick(pages + includes)
        let renamed =
          path.hasPrefix("includes/")
          ? "includes/i\(random.below(5)).md" : "\(random.pick(["en-US", "ja-JP"]))/r\(random.below(4)).md"
        if path != "en-US/errors.md", files[renamed] == nil {
          files[renamed] = files[path]
          files[path] = nil
        }
      case 7: files["doccatalog.yml"] = configuration()
      case 9:
        let path = random.pick(["media/a.png", "media/b.png", "\(locale)/media/c.png"])
        files[path] = random.chance(25) ? nil : "picture \(random.below(3))"
      case 10:
        let path = random.pick(["snippets/s0.cs", "snippets/s1.cs", "snippets/s2.cs", "\(locale)/s0.cs"])
        files[path] = random.chance(20) ? nil : snippet()
      case 8:
        let path = random.pick(pages)
        files[path, default: ""] += "\nOne more line \(random.below(9)).\n"
      default:
        guard !includes.isEmpty else { return }
        let path = random.pick(includes)
        files[path, default: ""] += "More \(random.below(9)).\n"
      }
    }

    /// Writes the files into `docs`, removing those no longer there and leaving unchanged ones untouched.
    func write(to docs: String) throws {
      let manager = FileManager.default
      for existing in (manager.subpaths(atPath: docs) ?? []) where !existing.hasPrefix(".") {
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: docs + "/" + existing, isDirectory: &isFolder), !isFolder.boolValue,
          files[existing] == nil
        {
          try manager.removeItem(atPath: docs + "/" + existing)
        }
      }
      for (path, text) in files {
        let url = URL(fileURLWithPath: docs + "/" + path)
        if (try? String(contentsOf: url, encoding: .utf8)) == text { continue }
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
      }
    }
  }

  /// The outputs and findings of one build of `docs` into `out`.
  static func request(_ docs: String, into out: String, cache: Bool) -> BuildPipeline.Request {
    .init(
      docsDirectory: docs,
      outputPaths: ["json": out + "/catalog.json", "swift": out + "/Catalog.swift", "html": out + "/site"],
      usesCache: cache)
  }

  /// The outputs and findings of one build of `docs` into `out`: by `engine` when given, else a pipeline of
  /// its own.
  func build(_ docs: String, into out: String, cache: Bool, engine: IncrementalBuild? = nil) -> [String] {
    let report = Report()
    var ended = "built"
    do {
      if let engine {
        try engine.run(observer: report)
      } else {
        try BuildPipeline(Self.request(docs, into: out, cache: cache)).run(observer: report)
      }
    } catch {
      ended = "failed: \(error.description)"
    }
    let json = (try? String(contentsOfFile: out + "/catalog.json", encoding: .utf8)) ?? "none"
    let swift = (try? String(contentsOfFile: out + "/Catalog.swift", encoding: .utf8)) ?? "none"
    return [ended, json, swift, Self.site(out + "/site")] + report.findings
  }

  /// Every file of the site at `folder`, with its contents.
  static func site(_ folder: String) -> String {
    let files = (FileManager.default.subpaths(atPath: folder) ?? []).sorted()
    return files.map { file in
      "\(file): " + ((try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? "(folder)")
    }.joined(separator: "\n")
  }

  /// The findings of one `validate` of `docs`: by `engine` when given, else a pipeline of its own.
  func validate(_ docs: String, engine: IncrementalValidation? = nil) -> [String] {
    do throws(BuildFailure) {
      let result: ValidationPipeline.Result
      if let engine {
        result = try engine.run(observer: Report())
      } else {
        result = try ValidationPipeline(docsDirectory: docs).run(observer: Report())
      }
      return result.diagnostics.map(\.formatted)
    } catch {
      return ["failed: \(error.description)"]
    }
  }

  /// Odd seeds build with one long-running ``IncrementalBuild`` (pages' results kept in memory), even
  /// seeds with a new pipeline each time (pages' results read from the cache folder).
  @Test(arguments: 0..<8)
  func cachedBuildsEqualFullBuildsAfterRandomChanges(seed: UInt64) throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("incremental-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let docs = root + "/docs"
    let engine = seed % 2 == 1 ? IncrementalBuild(Self.request(docs, into: root + "/cached", cache: true)) : nil
    let validation = IncrementalValidation(ValidationPipeline(docsDirectory: docs))
    var docSet = DocSet(seed: seed &* 7919 &+ 1)
    for step in 0..<50 {
      if step > 0 {
        for _ in 0..<(1 + docSet.random.below(2)) { docSet.change() }
      }
      try docSet.write(to: docs)
      let cached = build(docs, into: root + "/cached", cache: true, engine: engine)
      let full = build(docs, into: root + "/full", cache: false)
      let validated = validate(docs, engine: validation)
      let fullyValidated = validate(docs)
      if validated != fullyValidated {
        Issue.record("seed \(seed), step \(step): the incremental validation differs from a full one")
        Issue.record("incremental: \(validated)\nfull:        \(fullyValidated)")
        return
      }
      guard cached == full else {
        Issue.record("seed \(seed), step \(step): the cached build differs from a full one")
        for (index, (left, right)) in zip(cached, full).enumerated() where left != right {
          Issue.record("part \(index):\ncached: \(left)\nfull:   \(right)")
          break
        }
        if cached.count != full.count { Issue.record("findings: \(cached.dropFirst(4)) vs \(full.dropFirst(4))") }
        return
      }
    }
  }
}
