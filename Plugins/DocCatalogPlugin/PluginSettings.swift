import Foundation

/// Where the plugins find the docs and templates, and how the generated Swift is declared: `docs/` at the
/// root of the package and the tool's defaults, unless `doccatalog-plugin.yml` there says otherwise.
///
/// The file holds `key: value` lines (`#` starts a comment), paths relative to the package root:
///
/// ```yaml
/// docs: Documentation      # the docs folder, with its doccatalog.yml (default: docs)
/// templates: Templates     # a folder of templates replacing the built-in ones (default: none)
/// access: public           # the generated Swift's access level (default: internal, or doccatalog.yml's)
/// strings: catalog         # translations read from the String Catalog (default: literals, or doccatalog.yml's)
/// ```
struct PluginSettings {
  static let fileName = "doccatalog-plugin.yml"
  /// The keys the file knows, with the values each takes (`nil`: a path).
  static let keys: [(name: String, values: [String]?)] = [
    ("docs", nil), ("templates", nil), ("access", ["internal", "public"]), ("strings", ["literals", "catalog"]),
  ]

  /// A settings problem, shown as the plugin's error.
  struct Problem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  var docs: URL
  /// Whether the settings file named the docs folder (rather than the default `docs`).
  var namesDocs = false
  var templates: URL?
  /// The generated Swift's access level, when the file names one (`--swift-access`).
  var access: String?
  /// Where the generated Swift reads translations, when the file says (`--swift-strings`).
  var strings: String?
  /// The settings file, when there is one (an input of the build).
  var file: URL?

  /// The options of `doccatalog build` the settings give (templates, access, strings), leaving out those
  /// named in `given`.
  func toolArguments(besides given: [String] = []) -> [String] {
    var arguments: [String] = []
    if let templates, !given.contains("--templates") {
      arguments += ["--templates", templates.path(percentEncoded: false)]
    }
    if let access, !given.contains("--swift-access") { arguments += ["--swift-access", access] }
    if let strings, !given.contains("--swift-strings") { arguments += ["--swift-strings", strings] }
    return arguments
  }

  /// Fails, naming how to configure it, unless `folder` (the settings' docs by default) is a folder.
  /// `user` says who looked (the plugin and target); `option` is a command-line option that names another.
  func requireDocs(at folder: URL? = nil, for user: String, option: String? = nil) throws {
    let folder = folder ?? docs
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path(percentEncoded: false), isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw Problem(missingDocs(at: folder, for: user, option: option))
    }
  }

  /// Why there is no docs folder at `folder`, and how to name another.
  func missingDocs(at folder: URL, for user: String, option: String?) -> String {
    let source =
      folder != docs
      ? "named by \(option ?? "the command line")"
      : namesDocs
        ? "named by \(file?.path(percentEncoded: false) ?? Self.fileName)"
        : "the default when no \(Self.fileName) names one"
    let alternative = option.map { ", pass \($0) DIR," } ?? ""
    return """
      \(user): no docs folder at \(folder.path(percentEncoded: false)) (\(source)). Put the docs (with their \
      doccatalog.yml) in docs/ at the root of the package\(alternative) or name their folder in \(Self.fileName) \
      there, e.g. 'docs: Documentation'.
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
        let value = parts.count == 2 ? parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) : ""
        guard parts.count == 2, let key = Self.keys.first(where: { $0.name == parts[0] }), !value.isEmpty else {
          let expected = Self.keys.map { "'\($0.name): \($0.values?.joined(separator: "|") ?? "PATH")'" }
          throw Problem(
            "\(file.path):\(number + 1): expected \(expected.joined(separator: ", ")), found '\(line)'")
        }
        if let allowed = key.values, !allowed.contains(value) {
          throw Problem(
            "\(file.path):\(number + 1): '\(key.name)' must be \(allowed.map { "'\($0)'" }.joined(separator: " or ")), found '\(value)'"
          )
        }
        values[key.name] = value
      }
    }
    func resolved(_ path: String) -> URL {
      path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appending(path: path)
    }
    docs = resolved(values["docs"] ?? "docs")
    namesDocs = values["docs"] != nil
    templates = values["templates"].map(resolved)
    access = values["access"]
    strings = values["strings"]
  }
}
