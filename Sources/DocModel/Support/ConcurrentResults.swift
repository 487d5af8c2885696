/// Storage that concurrent workers fill, one slot each, read once they are all done.
///
/// Inlinable, so that each module's use is specialized for its type of value: unspecialized, every slot
/// set or read went through the generic value witnesses.
public final class ConcurrentResults<Value>: @unchecked Sendable {
  @usableFromInline var slots: [Value?]
  @usableFromInline let lock = ShortLock()

  /// Storage for `count` results.
  @inlinable public init(count: Int) { slots = Array(repeating: nil, count: count) }

  /// Stores the result of slot `index`.
  @inlinable public func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// The result of slot `index`, if it was set.
  @inlinable public subscript(index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    return slots[index]
  }

  /// Every slot's result, in order; each slot must have been set.
  @inlinable public var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}
