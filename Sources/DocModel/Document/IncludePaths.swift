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
    let bytes = path.utf8
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return String(decoding: bytes[...slash], as: UTF8.self)
  }

  /// `a/./b/../c` → `a/c`; leading `..` that leave the folder are kept. Read as bytes: every include and
  /// every link of every page comes here.
  public static func normalize(_ path: String) -> String {
    let bytes = Array(path.utf8)
    var parts: [Range<Int>] = []
    func isDots(_ part: Range<Int>, _ count: Int) -> Bool {
      part.count == count && bytes[part].allSatisfy { $0 == UInt8(ascii: ".") }
    }
    var start = 0
    while start <= bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: "/") { end += 1 }
      let part = start..<end
      if !part.isEmpty && !isDots(part, 1) {
        if isDots(part, 2), let last = parts.last, !isDots(last, 2) {
          parts.removeLast()
        } else {
          parts.append(part)
        }
      }
      start = end + 1
    }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    for (index, part) in parts.enumerated() {
      if index > 0 { result.append(UInt8(ascii: "/")) }
      result += bytes[part]
    }
    return String(decoding: result, as: UTF8.self)
  }
}
