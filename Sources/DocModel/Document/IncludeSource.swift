/// Where the files that pages include come from, parsed: a dictionary of them all, or a library that reads
/// each the first time it is asked for.
public protocol IncludeSource: Sendable {
  /// The parsed file at `path` (relative to the docs folder), or `nil` when there is none.
  func document(atPath path: String) -> Document?
}

extension Dictionary: IncludeSource where Key == String, Value == Document {
  public func document(atPath path: String) -> Document? { self[path] }
}
