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
}
