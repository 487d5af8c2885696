import Dispatch

/// Maps over an array on every core, keeping the order of the input.
public enum ConcurrentMap {
  /// Each result is written straight into its place in the array returned: every index is taken by exactly
  /// one worker, so no two write the same place, and none is read before `concurrentPerform` has returned.
  public static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    guard !inputs.isEmpty else { return [] }
    return [Output](unsafeUninitializedCapacity: inputs.count) { buffer, initialized in
      let slots = Slots(base: buffer.baseAddress!)
      DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
        (slots.base + index).initialize(to: transform(inputs[index]))
      }
      initialized = inputs.count
    }
  }
}

/// Where the workers of a map write their results: shared by them, each writing only the places of the
/// indices it was handed.
private struct Slots<Value>: @unchecked Sendable {
  let base: UnsafeMutablePointer<Value>
}
