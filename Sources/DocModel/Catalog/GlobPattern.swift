/// A path pattern where `*` matches any run of characters except `/` and `**` matches across folders.
public struct GlobPattern: Sendable, Hashable {
  public var pattern: String {
    didSet { bytes = Array(pattern.utf8) }
  }
  private var bytes: [UInt8]

  public init(_ pattern: String) {
    self.pattern = pattern
    bytes = Array(pattern.utf8)
  }

  public func matches(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { text in
      bytes.withUnsafeBufferPointer { pattern in Self.match(pattern, 0, text, 0) }
    }
  }

  /// Whether `pattern[p...]` matches `text[t...]`.
  private static func match(
    _ pattern: UnsafeBufferPointer<UInt8>, _ p: Int, _ text: UnsafeBufferPointer<UInt8>, _ t: Int
  ) -> Bool {
    var p = p
    var t = t
    while p < pattern.count {
      let head = pattern[p]
      if head == UInt8(ascii: "*") {
        let crossesFolders = p + 1 < pattern.count && pattern[p + 1] == UInt8(ascii: "*")
        let rest = p + (crossesFolders ? 2 : 1)
        var candidate = t
        while true {
          if match(pattern, rest, text, candidate) { return true }
          guard candidate < text.count, crossesFolders || text[candidate] != UInt8(ascii: "/") else { return false }
          candidate += 1
        }
      }
      guard t < text.count, text[t] == head else { return false }
      p += 1
      t += 1
    }
    return t == text.count
  }
}
