import DocModel
import Foundation
import Testing

/// `ConcurrentMap.map` writes each result straight into the array it returns, from every core: the array
/// equals a sequential map's for inputs of every size, holding values that are counted references, and each
/// input is transformed exactly once.
@Suite("ConcurrentMap against a sequential map")
struct ConcurrentMapPropertyTests {
  /// A value the array must keep alive: a reference.
  final class Box: Sendable {
    let text: String
    init(_ text: String) { self.text = text }
  }

  /// How many times each input was transformed, counted under a lock.
  final class CallCounts: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int]
    init(_ size: Int) { counts = Array(repeating: 0, count: size) }
    func count(_ index: Int) { lock.withLock { counts[index] += 1 } }
    var all: [Int] { lock.withLock { counts } }
  }

  @Test func everyResultIsInItsPlaceExactlyOnce() {
    var random = SystemRandomNumberGenerator()
    for size in [0, 1, 2, 3, 7, 64, 1_000] + (0..<20).map({ _ in Int.random(in: 0..<5_000, using: &random) }) {
      let inputs = (0..<size).map { _ in Int.random(in: -1_000_000...1_000_000, using: &random) }
      let calls = CallCounts(size)
      let mapped = ConcurrentMap.map(Array(inputs.enumerated())) { index, value -> (String, Box) in
        calls.count(index)
        return ("\(value)", Box("#\(value * 3)"))
      }
      #expect(mapped.map(\.0) == inputs.map { "\($0)" }, "size \(size)")
      #expect(mapped.map(\.1.text) == inputs.map { "#\($0 * 3)" }, "size \(size)")
      #expect(calls.all == Array(repeating: 1, count: size), "size \(size): each input transformed once")
    }
  }

  /// The values written in place are owned by the array: they outlive the map and are let go of with it.
  @Test func theArrayOwnsItsResults() {
    weak var first: Box?
    do {
      let mapped = ConcurrentMap.map(Array(0..<500)) { Box("\($0)") }
      first = mapped[0]
      #expect(first?.text == "0")
      #expect(mapped.last?.text == "499")
    }
    #expect(first == nil)
  }
}
