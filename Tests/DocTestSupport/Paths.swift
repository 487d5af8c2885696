import Foundation

/// Where the repository and the shared test data are, found from this file's location.
public enum Paths {
  /// The repository root (the folder holding Package.swift).
  public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared` beside the checkout, or `DOCCATALOG_SHARED` when set.
  public static var shared: URL {
    if let path = ProcessInfo.processInfo.environment["DOCCATALOG_SHARED"] {
      return URL(fileURLWithPath: path)
    }
    return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
  }

  /// The project's own docs folder.
  public static var docs: URL { repositoryRoot.appendingPathComponent("docs") }

  /// A test target's folder, from a `#filePath` inside it.
  public static func folder(of filePath: String) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent()
  }

  /// Every `.md` file under a folder, sorted by path.
  public static func markdownFiles(under folder: URL) -> [URL] {
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
      return []
    }
    return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
      .sorted { $0.path < $1.path }
  }
}
