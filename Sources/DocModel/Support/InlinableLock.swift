import Foundation

/// A lock that inlinable code of this module can take: its methods are called, not inlined, so that
/// Foundation stays an internal import.
@usableFromInline final class InlinableLock: @unchecked Sendable {
  private let mutex = NSLock()

  @usableFromInline init() {}

  @usableFromInline func lock() {
    mutex.lock()
  }

  @usableFromInline func unlock() {
    mutex.unlock()
  }
}
