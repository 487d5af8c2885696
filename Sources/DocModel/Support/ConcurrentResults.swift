import Foundation

/// Storage that concurrent workers fill, one slot each, read once they are all done.
public final class ConcurrentResults<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  /// Storage for `count` results.
  public init(count: Int) { slots = Array(repeating: nil, count: count) }

  /// Stores the result of slot `index`.
  public func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// The result of slot `index`, if it was set.
  public subscript(index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    return slots[index]
  }

  /// Every slot's result, in order; each slot must have been set.
  public var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}
