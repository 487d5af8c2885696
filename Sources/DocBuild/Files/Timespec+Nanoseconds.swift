import Foundation

extension timespec {
  /// The time in nanoseconds since the epoch, as the cache records file times.
  var nanoseconds: Int64 { Int64(tv_sec) * 1_000_000_000 + Int64(tv_nsec) }
}
