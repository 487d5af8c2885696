import Foundation

/// Where the plugins find the docs and templates: `docs/` at the root of the package, unless
/// `doccatalog-plugin.yml` there says otherwise.
///
/// The file holds `key: value` lines (`#` starts a comment), paths relative to the package root:
///
/// ```yaml
/// docs: Documentation      # the docs folder, with its doccatalog.yml (default: docs)
/// templates: Templates     # a folder of templates replacing the built-in ones (default: none)
/// ```
struct PluginSettings {
  static let fileName = "doccatalog-plugin.yml"

  /// A settings problem, shown as the plugin's error.
  struct Problem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  var docs: URL
  /// Whether the settings file named the docs folder (rather than the default `docs`).
  var namesDocs = false
  var templates: URL?
  /// The settings file, when there is one (an input of the build).
  var file: URL?

  /// Why there is no docs folder where the settings say, and how to name another.
  func missingDocs(for user: String) -> String {
    let source = namesDocs ? "named by \(Self.fileName)" : "the default when \(Self.fileName) names none"
    return """
      \(user): no docs folder at \(docs.path) (\(source)). Put the docs (with their doccatalog.yml) in \
      docs/ at the root of the package, or name their folder in \(Self.fileName) there, e.g. \
      'docs: Documentation'.
      """
  }

  /// The settings of the package at `root`.
  init(root: URL) throws {
    let file = root.appending(path: Self.fileName)
    var values: [String: String] = [:]
    if let text = try? String(contentsOf: file, encoding: .utf8) {
      self.file = file
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard !content.allSatisfy(\.isWhitespace) else { continue }
        let parts = content.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, ["docs", "templates"].contains(parts[0]), !parts[1].isEmpty else {
          throw Problem(
            "\(file.path):\(number + 1): expected 'docs: PATH' or 'templates: PATH', found '\(line)'")
        }
        values[parts[0]] = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
      }
    }
    func resolved(_ path: String) -> URL {
      path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appending(path: path)
    }
    docs = resolved(values["docs"] ?? "docs")
    namesDocs = values["docs"] != nil
    templates = values["templates"].map(resolved)
  }
}
