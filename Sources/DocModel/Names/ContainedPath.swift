/// Paths the tool makes from names it was given (a locale, a file name, front matter), held to stay below
/// the folder they are relative to, whatever the names hold: the one check the reader and the site
/// generator both make before such a path is opened or written.
public enum ContainedPath {
  /// Whether `path`, relative to some root, names something strictly below that root as written: not
  /// empty, not absolute, no empty, `.` or `..` component, and no NUL byte.
  public static func staysInside(_ path: String) -> Bool {
    guard !path.isEmpty, !path.utf8.contains(0) else { return false }
    for component in path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
      if component.isEmpty || component.elementsEqual(".".utf8) || component.elementsEqual("..".utf8) {
        return false
      }
    }
    return true
  }

  /// `path` read from `folder` (both relative to one root), `.` and `..` resolved; `nil` when it climbs
  /// above the root or names nothing below it.
  public static func joined(_ folder: String, _ path: String) -> String? {
    var parts = folder.split(separator: "/").map(String.init)
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty else { return nil }
        parts.removeLast()
      default: parts.append(String(part))
      }
    }
    let joined = parts.joined(separator: "/")
    return staysInside(joined) ? joined : nil
  }
}
