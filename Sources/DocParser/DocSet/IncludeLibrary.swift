public import DocModel
import Foundation

/// The files that pages include, each read and parsed the first time a page asks for it, from any thread.
///
/// A build that renders each page as soon as it is parsed cannot read every include first, as
/// ``DocSetReader/read(root:configuration:pagesFound:pageDone:)`` does: it does not know them yet.
public final class IncludeLibrary: IncludeSource, @unchecked Sendable {
  private let root: String
  private let parser = MarkdownParser()
  private let lock = NSLock()
  /// Parsed files by path, `nil` for paths that name no file.
  private var loaded: [String: Document?] = [:]
  private var errors: [Diagnostic] = []

  /// A library of the files below the docs folder `root`.
  public init(root: String) {
    self.root = root
  }

  public func document(atPath path: String) -> Document? {
    lock.lock()
    if let known = loaded[path] {
      lock.unlock()
      return known
    }
    lock.unlock()
    let file = join(root, path)
    var parsed: ParsedPage?
    if FileManager.default.fileExists(atPath: file) {
      parsed = parser.parse(contentsOf: file, displayPath: file)
    }
    lock.lock()
    defer { lock.unlock() }
    if let known = loaded[path] { return known }  // another thread parsed it meanwhile
    loaded[path] = .some(parsed?.document)
    errors += parsed?.diagnostics.filter { $0.severity == .error } ?? []
    return parsed?.document
  }

  /// The files read so far, by path.
  public var documents: [String: Document] {
    lock.lock()
    defer { lock.unlock() }
    return loaded.compactMapValues { $0 }
  }

  /// The errors found in the files read (a bad include breaks the pages that include it).
  public var diagnostics: [Diagnostic] {
    lock.lock()
    defer { lock.unlock() }
    return errors
  }
}
