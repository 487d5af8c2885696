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
    var folder = folder
    var path = path
    return folder.withUTF8 { folder in path.withUTF8 { path in joined(folder, path) } }
  }

  /// ``joined(_:_:)`` on the two paths' bytes, in one pass over each, written into memory on the stack.
  private static func joined(_ folder: UnsafeBufferPointer<UInt8>, _ path: UnsafeBufferPointer<UInt8>) -> String? {
    let slash = UInt8(ascii: "/")
    let dot = UInt8(ascii: ".")
    let capacity = folder.count + path.count + 1
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { joined -> String? in
      // Where each part kept begins in `joined` (its separator included, so that `..` can cut it off),
      // shifted left one bit, with whether it is a folder's `.` or `..` taken as written, which names
      // nothing below the root, in the low bit. A part takes at least two of the bytes counted.
      withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity / 2 + 2) { starts -> String? in
        var length = 0
        var depth = 0
        var dotParts = 0
        for isPath in [false, true] {
          let text = isPath ? path : folder
          var index = 0
          while index < text.count {
            var end = index
            while end < text.count && text[end] != slash { end += 1 }
            let count = end - index
            defer { index = end + 1 }
            guard count > 0 else { continue }
            let dots = count <= 2 && text[index] == dot && (count == 1 || text[index + 1] == dot) ? count : 0
            // The folder's parts are taken as written; the path's `.` and `..` are resolved.
            if isPath && dots == 1 { continue }
            if isPath && dots == 2 {
              // Climbing above the root names no file below it.
              guard depth > 0 else { return nil }
              depth -= 1
              if starts[depth] & 1 == 1 { dotParts -= 1 }
              length = starts[depth] >> 1
              continue
            }
            starts[depth] = length << 1 | (dots != 0 ? 1 : 0)
            depth += 1
            if dots != 0 { dotParts += 1 }
            if length > 0 {
              joined[length] = slash
              length += 1
            }
            for offset in index..<end {
              joined[length] = text[offset]
              length += 1
            }
          }
        }
        // A NUL byte in a part `..` took away again does not count.
        let result = UnsafeBufferPointer(rebasing: joined[..<length])
        guard dotParts == 0, length > 0, !result.contains(0) else { return nil }
        return String(decoding: result, as: UTF8.self)
      }
    }
  }
}
