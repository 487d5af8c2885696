/// Paths the tool makes from names it was given (a locale, a file name, front matter), held to stay below
/// the folder they are relative to, whatever the names hold: the one check the reader and the site
/// generator both make before such a path is opened or written.
public enum ContainedPath {
  /// Whether `path`, relative to some root, names something strictly below that root as written: not
  /// empty, not absolute, no empty, `.` or `..` component, and no NUL byte.
  public static func staysInside(_ path: String) -> Bool {
    guard !path.isEmpty else { return false }
    // One pass over the bytes: each part's length, and whether it is all dots, as it ends.
    var partLength = 0
    var dots = 0
    for byte in path.utf8 {
      switch byte {
      case 0: return false
      case UInt8(ascii: "/"):
        if partLength == 0 || (dots == partLength && dots <= 2) { return false }
        partLength = 0
        dots = 0
      case UInt8(ascii: "."):
        partLength += 1
        dots += 1
      default:
        partLength += 1
      }
    }
    return partLength > 0 && !(dots == partLength && dots <= 2)
  }

  /// `path` read from `folder` (both relative to one root), `.` and `..` resolved; `nil` when it climbs
  /// above the root or names nothing below it.
  public static func joined(_ folder: String, _ path: String) -> String? {
    let slash = UInt8(ascii: "/")
    let dot = UInt8(ascii: ".")
    var joined: [UInt8] = []
    joined.reserveCapacity(folder.utf8.count + path.utf8.count + 1)
    // Where each part begins in `joined`, its separator included, so that `..` can cut it off, and whether
    // it is a folder's `.` or `..` taken as written, which names nothing below the root.
    var starts: [(start: Int, isDots: Bool)] = []
    var dotParts = 0
    /// Each non-empty part of `text`, as `dots` (0 for a part that is not `.` or `..`) and bytes.
    func forEachPart(_ text: String, _ body: (Int, Substring.UTF8View.SubSequence) -> Void) {
      var utf8 = Substring(text).utf8[...]
      while !utf8.isEmpty {
        let end = utf8.firstIndex(of: slash) ?? utf8.endIndex
        let part = utf8[..<end]
        if !part.isEmpty {
          let dots = part.count <= 2 && part.allSatisfy { $0 == dot } ? part.count : 0
          body(dots, part)
        }
        utf8 = end == utf8.endIndex ? utf8[end...] : utf8[utf8.index(after: end)...]
      }
    }
    func append(_ part: Substring.UTF8View.SubSequence, isDots: Bool = false) {
      starts.append((joined.count, isDots))
      if isDots { dotParts += 1 }
      if !joined.isEmpty { joined.append(slash) }
      joined.append(contentsOf: part)
    }
    // The folder's parts are taken as written.
    forEachPart(folder) { dots, part in append(part, isDots: dots != 0) }
    var climbsOut = false
    forEachPart(path) { dots, part in
      switch dots {
      case 1: return
      case 2:
        guard let last = starts.popLast() else {
          climbsOut = true
          return
        }
        if last.isDots { dotParts -= 1 }
        joined.removeSubrange(last.start...)
      default: append(part)
      }
    }
    guard !climbsOut, dotParts == 0, !joined.isEmpty, !joined.contains(0) else { return nil }
    return String(decoding: joined, as: UTF8.self)
  }
}
