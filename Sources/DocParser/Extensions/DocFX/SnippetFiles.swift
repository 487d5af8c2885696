import DocModel
import Foundation

/// The files one page's code snippets (`:::code source=…:::`, `[!code-…[](file)]`) are read from: paths
/// relative to the page's folder, read only inside the docs folder, each file once per page, and within a
/// budget of bytes per page so that a page naming large files many times cannot exhaust memory.
final class SnippetFiles {
  /// A snippet file larger than this is not read.
  static let maximumFileBytes = 1 << 20
  /// What one page's snippets may read and show in all, in bytes.
  static let maximumBytesPerPage = 8 << 20

  /// What reading a snippet's file gave.
  enum Reading: Equatable {
    /// The file (invalid UTF-8 replaced, NUL bytes too).
    case file(SnippetFile)
    /// No file at that path (or a folder, or a file that cannot be read).
    case missing
    /// The path leads outside the docs folder.
    case outside
    /// The file is larger than ``maximumFileBytes``, or the page has spent its budget.
    case tooLarge
  }

  /// The real folder of the page the paths are relative to.
  private let folder: String
  private let boundary: DocsFolderBoundary
  private var read: [String: Reading] = [:]
  private var spent = 0

  init(folder: String, boundary: DocsFolderBoundary) {
    self.folder = folder
    self.boundary = boundary
  }

  /// The text of the file at `path` (relative to the page, without `#` or `?` parts).
  func file(at path: String) -> Reading {
    let path = path.removingPercentEncoding ?? path
    guard !path.isEmpty, !path.utf8.contains(0) else { return .missing }
    if let known = read[path] { return known }
    let reading = load(path)
    read[path] = reading
    return reading
  }

  /// Every path asked for so far, sorted.
  var requested: [String] { read.keys.sorted() }

  /// The bytes the page's snippets may still show.
  var remaining: Int { Self.maximumBytesPerPage - spent }

  /// Spends `count` bytes of the page's budget for a snippet shown; false, spending nothing, when they do
  /// not fit.
  func spend(_ count: Int) -> Bool {
    guard spent + count <= Self.maximumBytesPerPage else { return false }
    spent += count
    return true
  }

  /// Spends the rest of the budget, once a snippet met its end: the page's later snippets are then refused
  /// at once rather than each cut up to what is left.
  func exhaust() {
    spent = Self.maximumBytesPerPage
  }

  private func load(_ path: String) -> Reading {
    switch boundary.resolve(folder + "/" + path) {
    case .outside: return .outside
    case .unresolved: return .missing
    case .inside(let real):
      var status = stat()
      guard stat(real, &status) == 0 else { return .missing }
      guard Int(status.st_size) <= Self.maximumFileBytes, spend(Int(status.st_size)) else { return .tooLarge }
      guard let bytes = try? FileReader.read(real) else { return .missing }
      // The file may have grown since it was measured.
      guard bytes.count <= Self.maximumFileBytes else { return .tooLarge }
      var text = String(decoding: bytes, as: UTF8.self)
      if text.utf8.contains(0) { text = text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") }
      return .file(SnippetFile(text: text))
    }
  }
}
