/// A path pattern where `*` matches any run of characters except `/` and `**` matches across folders.
public struct GlobPattern: Sendable, Hashable {
  public var pattern: String

  public init(_ pattern: String) { self.pattern = pattern }

  public func matches(_ path: String) -> Bool {
    Self.match(Array(pattern.utf8)[...], Array(path.utf8)[...])
  }

  private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
    guard let head = pattern.first else { return text.isEmpty }
    if head == UInt8(ascii: "*") {
      let crossesFolders = pattern.dropFirst().first == UInt8(ascii: "*")
      let rest = pattern.dropFirst(crossesFolders ? 2 : 1)
      var candidate = text
      while true {
        if match(rest, candidate) { return true }
        guard let next = candidate.first, crossesFolders || next != UInt8(ascii: "/") else { return false }
        candidate = candidate.dropFirst()
      }
    }
    guard let first = text.first, first == head else { return false }
    return match(pattern.dropFirst(), text.dropFirst())
  }
}
