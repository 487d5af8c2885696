import Foundation

/// The docs folder's real path, which every file and folder read from it must resolve inside: a link in the
/// docs (a page, an include, a folder, the configuration) may point elsewhere in the docs folder, never out
/// of it, so that no file of the machine running the tool ends up in its outputs.
public struct DocsFolderBoundary: Sendable {
  /// The docs folder with every link and `..` resolved.
  public let realRoot: String

  /// Where a path leads.
  public enum Resolution: Sendable, Equatable {
    /// Inside the docs folder: the real path to open.
    case inside(String)
    /// Outside the docs folder: it must not be read.
    case outside
    /// Nowhere (a missing file or a broken link): reading it says so.
    case unresolved
  }

  /// The boundary of the docs folder `root`.
  public init(root: String) {
    realRoot = Self.realPath(root) ?? root
  }

  /// Where `path` leads once every link in it is followed.
  public func resolve(_ path: String) -> Resolution {
    guard let real = Self.realPath(path) else { return .unresolved }
    return contains(real) ? .inside(real) : .outside
  }

  /// Whether a real path is the docs folder or below it.
  public func contains(_ realPath: String) -> Bool {
    if realPath == realRoot { return true }
    let prefix = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
    return realPath.hasPrefix(prefix)
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
