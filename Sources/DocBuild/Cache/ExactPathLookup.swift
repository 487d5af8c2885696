import Foundation

extension Dictionary where Key == String {
  /// The value under `path` only when the key stored has `path`'s very bytes. `String` equality takes the
  /// composed and decomposed forms of a name (`é`, `e` and a combining accent) for one key, where a file
  /// system has two files: a lookup by path must not answer for the other one.
  func value(forPathBytes path: String) -> Value? {
    guard let index = index(forKey: path), self[index].key.hasSameBytes(as: path) else { return nil }
    return self[index].value
  }
}

extension String {
  /// Whether the two strings have the same UTF-8 bytes (`memcmp` where both are contiguous, as paths are).
  func hasSameBytes(as other: String) -> Bool {
    let compared = utf8.withContiguousStorageIfAvailable { bytes in
      other.utf8.withContiguousStorageIfAvailable { otherBytes in
        guard bytes.count == otherBytes.count else { return false }
        guard let base = bytes.baseAddress, let otherBase = otherBytes.baseAddress else { return true }
        return memcmp(base, otherBase, bytes.count) == 0
      }
    }
    if let compared, let same = compared { return same }
    return utf8.elementsEqual(other.utf8)
  }
}
