import DocModel
import DocParser
import Foundation

/// `[!INCLUDE]`s must not include each other in a cycle (missing files are reported when reading).
struct IncludeRules {
  let docSet: DocSet

  func check() -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var parsed: [String: Document] = [:]
    var reported: Set<String> = []
    let parser = MarkdownParser()

    func document(at path: String) -> Document? {
      if let known = parsed[path] { return known }
      guard FileManager.default.fileExists(atPath: path) else { return nil }
      let document = parser.parse(contentsOf: path).document
      parsed[path] = document
      return document
    }

    for page in docSet.pages {
      // Depth-first through the includes, with the chain of files that led here.
      var stack: [(path: String, chain: [String])] = []
      let pagePath = (docSet.root + "/" + page.path as NSString).standardizingPath
      for include in page.document.includes {
        guard let resolved = IncludeResolver.resolve(include.path, from: page, root: docSet.root) else { continue }
        stack.append((resolved, [pagePath]))
      }
      var visits = 0
      while let (path, chain) = stack.popLast(), visits < 10_000 {
        visits += 1
        if chain.contains(path) {
          let cycle = chain[chain.firstIndex(of: path)!...] + [path]
          let key = Set(cycle).sorted().joined(separator: "|")
          if reported.insert(key).inserted {
            let names = cycle.map { ($0 as NSString).lastPathComponent }.joined(separator: " → ")
            diagnostics.append(
              Diagnostic(
                .error, rule: "include.cycle", "includes form a cycle: \(names)", file: docSet.displayPath(page),
                line: page.document.includes.first?.range?.start.line ?? 0, column: 1))
          }
          continue
        }
        guard let included = document(at: path) else { continue }
        let folder = (path as NSString).deletingLastPathComponent
        for include in included.includes where !include.path.contains("://") {
          let next = ((folder as NSString).appendingPathComponent(include.path) as NSString).standardizingPath
          if FileManager.default.fileExists(atPath: next) { stack.append((next, chain + [path])) }
        }
      }
    }
    return diagnostics
  }
}
