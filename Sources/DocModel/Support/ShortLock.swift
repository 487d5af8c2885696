import Foundation

/// A lock for critical sections of a few hundred instructions that every core takes at once (a shared
/// table filled by a pass's workers): on Linux, glibc's adaptive mutex, which spins a moment before it
/// sleeps, where a plain mutex would put the waiting thread to sleep and wake it again (two trips through
/// the scheduler) for a section shorter than either trip. Elsewhere, `NSLock`.
public final class ShortLock: @unchecked Sendable {
  #if os(Linux)
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  #else
    private let mutex = NSLock()
  #endif

  public init() {
    #if os(Linux)
      mutex = .allocate(capacity: 1)
      var attributes = pthread_mutexattr_t()
      pthread_mutexattr_init(&attributes)
      // PTHREAD_MUTEX_ADAPTIVE_NP, which the Glibc module does not name.
      pthread_mutexattr_settype(&attributes, 3)
      pthread_mutex_init(mutex, &attributes)
      pthread_mutexattr_destroy(&attributes)
    #endif
  }

  deinit {
    #if os(Linux)
      pthread_mutex_destroy(mutex)
      mutex.deallocate()
    #endif
  }

  public func lock() {
    #if os(Linux)
      pthread_mutex_lock(mutex)
    #else
      mutex.lock()
    #endif
  }

  public func unlock() {
    #if os(Linux)
      pthread_mutex_unlock(mutex)
    #else
      mutex.unlock()
    #endif
  }

  /// `body`'s result, run with the lock held.
  public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
    lock()
    defer { unlock() }
    return try body()
  }
}
