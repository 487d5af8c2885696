public import DocModel
import DocParser

/// `[!INCLUDE]`s include each other in a cycle (missing files are reported when reading). Walks the includes
/// the pass already parsed, so no file is read twice.
public enum IncludeCycle: ValidationRule {
  public static let rule = Rule("include.cycle", .error, "[!INCLUDE]s include each other in a cycle")

  /// `names`, the files of the cycle from where it starts back to it, such as `a.md → b.md → a.md`.
  static func cycle(_ names: String) -> String { "includes form a cycle: \(names)" }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    let docSet = input.docSet
    func resolve(_ include: Include, in file: String, localPath: String?) -> String? {
      IncludePaths.candidates(for: include.path, in: file, localPath: localPath).first { docSet.includes[$0] != nil }
    }
    var findings: [Diagnostic] = []
    var reported: Set<String> = []
    for page in docSet.pages {
      // Depth-first through the includes, with the chain of files that led here.
      var stack: [(path: String, chain: [String])] = []
      for include in page.document.includes {
        guard let path = resolve(include, in: page.path, localPath: page.localPath) else { continue }
        stack.append((path, [page.path]))
      }
      var visits = 0
      while let (path, chain) = stack.popLast(), visits < 10_000 {
        visits += 1
        if let start = chain.firstIndex(of: path) {
          let files = Array(chain[start...]) + [path]
          if reported.insert(Set(files).sorted().joined(separator: "|")).inserted {
            let names = files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: " → ")
            findings.append(
              finding(
                cycle(names), file: docSet.displayPath(page),
                line: page.document.includes.first?.range?.start.line ?? 0, column: 1))
          }
          continue
        }
        guard let included = docSet.includes[path] else { continue }
        for include in included.includes {
          if let next = resolve(include, in: path, localPath: nil) { stack.append((next, chain + [path])) }
        }
      }
    }
    return findings
  }
}
