extension Dictionary where Key == String {
  /// The value under `path` only when the key stored has `path`'s very bytes. `String` equality takes the
  /// composed and decomposed forms of a name (`é`, `e` and a combining accent) for one key, where a file
  /// system has two files: a lookup by path must not answer for the other one.
  func value(forPathBytes path: String) -> Value? {
    guard let index = index(forKey: path), self[index].key.utf8.elementsEqual(path.utf8) else { return nil }
    return self[index].value
  }
}
