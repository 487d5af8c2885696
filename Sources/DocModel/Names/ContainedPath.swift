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
    let slash = UInt8(ascii: "/")
    var joined: [UInt8] = []
    joined.reserveCapacity(folder.utf8.count + path.utf8.count + 1)
    // Where each part begins in `joined`, its separator included, so that `..` can cut it off.
    var starts: [Int] = []
    func append(_ part: Substring.UTF8View) {
      starts.append(joined.count)
      if !joined.isEmpty { joined.append(slash) }
      joined.append(contentsOf: part)
    }
    for part in Substring(folder).utf8.split(separator: slash) { append(part) }
    for part in Substring(path).utf8.split(separator: slash) {
      if part.elementsEqual(".".utf8) { continue }
      if part.elementsEqual("..".utf8) {
        guard let start = starts.popLast() else { return nil }
        joined.removeSubrange(start...)
        continue
      }
      append(part)
    }
    let result = String(decoding: joined, as: UTF8.self)
    return staysInside(result) ? result : nil
  }
}
