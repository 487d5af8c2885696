public import DocModel
import Foundation

/// The files that pages include, each read and parsed once, the first time it is asked for, from any thread.
///
/// A doc set read whole reads the includes of all its pages at the end (``readAll(_:in:localPath:)``); a
/// build that renders each page as soon as it is parsed reads a page's includes as it meets them.
public final class IncludeLibrary: IncludeSource, @unchecked Sendable {
  private let root: String
  /// Includes are read only inside the docs folder.
  private let boundary: DocsFolderBoundary
  private let parser = MarkdownParser()
  /// Parsed files (`nil` for paths that name no file), the errors found in them and the files their code
  /// snippets named (relative to the file's folder), by path.
  private let files = ConcurrentMemo<String, (document: Document?, errors: [Diagnostic], snippetFiles: [String])>()

  /// A library of the files below the docs folder `root`.
  public init(root: String) {
    self.root = root
    boundary = DocsFolderBoundary(root: root)
  }

  public func document(atPath path: String) -> Document? {
    load(path).document
  }

  /// Reads the files that `includes` name (relative to `file`, and for a page to its `localPath` too), the
  /// files those include, and so on: each include's first candidate path that names a file.
  public func readAll(_ includes: [Include], in file: String, localPath: String?) {
    var queue = includes.map { (include: $0, file: file, localPath: localPath) }
    while let next = queue.popLast() {
      for candidate in IncludePaths.candidates(for: next.include.path, in: next.file, localPath: next.localPath) {
        let (document, isNew) = load(candidate)
        guard let document else { continue }
        if isNew { queue += document.includes.map { ($0, candidate, nil) } }
        break
      }
    }
  }

  /// The files read so far, by path.
  public var documents: [String: Document] {
    files.all.compactMapValues(\.document)
  }

  /// The errors found in the files read (a bad include breaks the pages that include it).
  public var diagnostics: [Diagnostic] {
    files.all.values.flatMap(\.errors)
  }

  /// The errors found in the file at `path` (read now if it was not yet); none when no file is there.
  public func errors(atPath path: String) -> [Diagnostic] {
    entry(path).value.errors
  }

  /// The files the code snippets of the file at `path` named, relative to its folder, found or not
  /// (``ParsedPage/snippetFiles``); none when no file is there.
  public func snippetFiles(atPath path: String) -> [String] {
    entry(path).value.snippetFiles
  }

  private func load(_ path: String) -> (document: Document?, isNew: Bool) {
    let (value, isNew) = entry(path)
    return (value.document, isNew)
  }

  private func entry(_ path: String) -> (
    value: (document: Document?, errors: [Diagnostic], snippetFiles: [String]), isNew: Bool
  ) {
    files.value(for: path) {
      let file = join(root, path)
      guard FileManager.default.fileExists(atPath: file) else { return (nil, [], []) }
      // A file outside the docs folder is there but not read: an empty document, and the error.
      let parsed = parser.parse(contentsOf: file, displayPath: file, within: boundary)
      return (parsed.document, parsed.diagnostics.filter { $0.severity == .error }, parsed.snippetFiles)
    }
  }
}
