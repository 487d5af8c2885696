import Foundation

/// Values computed once per key and kept, asked for from any thread. The computation runs outside the
/// lock; when two threads compute the same new key at once, the first result stored is kept and both get it.
public final class ConcurrentMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  private var values: [Key: Value] = [:]
  private let lock = NSLock()

  public init() {}

  /// The value for `key`, computed by `compute` if it is not known yet; `isNew` is true for the one call
  /// whose result was stored.
  public func value(for key: Key, _ compute: () -> Value) -> (value: Value, isNew: Bool) {
    lock.lock()
    if let known = values[key] {
      lock.unlock()
      return (known, false)
    }
    lock.unlock()
    let computed = compute()
    lock.lock()
    defer { lock.unlock() }
    if let known = values[key] { return (known, false) }
    values[key] = computed
    return (computed, true)
  }

  /// Every value computed so far, by key.
  public var all: [Key: Value] {
    lock.lock()
    defer { lock.unlock() }
    return values
  }
}
