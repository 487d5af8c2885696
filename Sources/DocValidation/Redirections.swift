import DocModel
import DocParser
import Foundation

/// The redirections of a docs folder's project, from `.openpublishing.redirection.json` files (as Learn
/// publishes them): each page moved away, by its path relative to the docs folder, with where it went.
///
/// The files are looked for in the docs folder and in each folder above it up to the project's root, the
/// nearest of them holding `.git` (without one, in the docs folder only). Only files that resolve inside the
/// project are read, and none larger than ``maxFileSize``: a file that cannot be used is reported
/// (``RedirectionInvalidFile``) and left out.
struct Redirections: Sendable {
  /// The name of a redirection file.
  static let fileName = ".openpublishing.redirection.json"
  /// The largest redirection file read; real ones are a few megabytes at most.
  static let maxFileSize = 32 * 1024 * 1024

  /// A moved page: the path its source was at (relative to the docs folder) and where it now is.
  struct Redirection: Sendable {
    var sourcePath: String
    var target: String
  }

  /// Redirections by their source path, lowercased (Learn matches paths in any case).
  private var byPath: [String: Redirection] = [:]

  var isEmpty: Bool { byPath.isEmpty }

  /// Where the page at `path` (relative to the docs folder) was redirected, if it was.
  func redirection(ofPagePath path: String) -> Redirection? {
    byPath.isEmpty ? nil : byPath[path.lowercased()]
  }

  /// The redirections of the project holding the docs folder `root`, and what is wrong with the files.
  static func load(docsRoot root: String) -> (Redirections, [Diagnostic]) {
    var redirections = Redirections()
    var diagnostics: [Diagnostic] = []
    let docs = DocsFolderBoundary(root: root)
    let folders = searchedFolders(from: docs.realRoot)
    let project = DocsFolderBoundary(root: folders.last ?? docs.realRoot)
    // The nearest file wins where two name the same page.
    for folder in folders.reversed() {
      let file = folder + "/" + fileName
      guard FileManager.default.fileExists(atPath: file) else { continue }
      let shown = folder == docs.realRoot ? DocSet.displayPath(fileName, root: root) : file
      func report(_ message: String) {
        diagnostics.append(RedirectionInvalidFile.finding(message, file: shown))
      }
      guard case .inside(let real) = project.resolve(file) else {
        report(RedirectionInvalidFile.outside)
        continue
      }
      let size = (try? FileManager.default.attributesOfItem(atPath: real)[.size] as? Int) ?? 0
      guard size <= maxFileSize else {
        report(RedirectionInvalidFile.tooLarge(size, limit: maxFileSize))
        continue
      }
      let entries: [Entry]
      do {
        let bytes = try FileReader.read(real)
        guard bytes.count <= maxFileSize else {
          report(RedirectionInvalidFile.tooLarge(bytes.count, limit: maxFileSize))
          continue
        }
        entries = try JSONDecoder().decode(FileContents.self, from: Data(bytes)).redirections ?? []
      } catch {
        report(RedirectionInvalidFile.unreadable(reason(of: error)))
        continue
      }
      for entry in entries {
        guard let target = entry.redirect_url, !target.isEmpty else { continue }
        let source: String
        if let fromRoot = entry.source_path_from_root {
          source = project.realRoot + "/" + fromRoot
        } else if let relative = entry.source_path {
          source = folder + "/" + relative
        } else {
          continue
        }
        let normalized = "/" + IncludePaths.normalize(source)
        let prefix = docs.realRoot.hasSuffix("/") ? docs.realRoot : docs.realRoot + "/"
        guard normalized.hasPrefix(prefix) else { continue }
        let path = String(normalized.dropFirst(prefix.count))
        redirections.byPath[path.lowercased()] = Redirection(sourcePath: path, target: target)
      }
    }
    return (redirections, diagnostics)
  }

  /// The docs folder and the folders above it up to the project's root (the nearest holding `.git`), in that
  /// order; the docs folder alone when none above holds `.git`.
  private static func searchedFolders(from docs: String) -> [String] {
    var folders: [String] = []
    var folder = docs
    while true {
      folders.append(folder)
      if FileManager.default.fileExists(atPath: folder + "/.git") { return folders }
      let parent = (folder as NSString).deletingLastPathComponent
      guard !parent.isEmpty, parent != folder else { return [docs] }
      folder = parent
    }
  }

  private static func reason(of error: any Error) -> String {
    if let failure = error as? FileReader.Failure { return failure.reason }
    if case DecodingError.dataCorrupted(let context) = error { return "not valid JSON: " + context.debugDescription }
    if case DecodingError.typeMismatch(_, let context) = error {
      return "not a redirection file: " + context.debugDescription
    }
    return "not a redirection file"
  }

  /// What a redirection file holds (the fields read; Learn's files have more).
  private struct FileContents: Decodable {
    var redirections: [Entry]?
  }

  private struct Entry: Decodable {
    var source_path: String?
    var source_path_from_root: String?
    var redirect_url: String?
  }
}
