/// Where an `[!INCLUDE]` may find its file, as paths relative to the docs folder.
///
/// Relative to the including file first; then, for a page in a locale folder, as if the page sat at the
/// docs folder's root, so that `docs/ja-JP/page.md` finds the shared `docs/includes/support.md`.
public enum IncludePaths {
  /// - Parameters:
  ///   - includePath: the path the include names.
  ///   - file: the including file, relative to the docs folder.
  ///   - localPath: for a page, its path inside its locale folder.
  public static func candidates(for includePath: String, in file: String, localPath: String? = nil) -> [String] {
    guard !includePath.isEmpty, !includePath.contains("://"), !includePath.hasPrefix("/") else { return [] }
    var candidates = [normalize(folder(of: file) + includePath)]
    if let localPath {
      let shared = normalize(folder(of: localPath) + includePath)
      if !candidates.contains(shared) { candidates.append(shared) }
    }
    return candidates.filter { !$0.hasPrefix("../") }
  }

  /// The folder part of a path, with a trailing `/`, or empty.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
  }

  /// `a/./b/../c` → `a/c`; leading `..` that leave the folder are kept.
  public static func normalize(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else {
        parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }
}
