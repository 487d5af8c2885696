/// The order-preserving pairing of a run of source rows with a run of translated rows that gives the highest
/// total score: an edit-distance alignment in which a row left out is an inserted or deleted row and a
/// pairing the score refuses is never made.
enum SequenceAlignment {
  /// The most cells (source rows times translated rows) a run is aligned over by dynamic programming; a
  /// larger run is aligned greedily, each source row looking only ``greedyWindow`` rows ahead.
  static let cellLimit = 250_000
  static let greedyWindow = 32

  /// Pairs of (source, target) taken from `sources` and `targets`, both increasing.
  static func align(sources: [Int], targets: [Int], score: (Int, Int) -> Int?) -> [(source: Int, target: Int)] {
    guard !sources.isEmpty, !targets.isEmpty else { return [] }
    if sources.count * targets.count > cellLimit {
      return greedy(sources: sources, targets: targets, score: score)
    }
    let width = targets.count + 1
    var total = [Int](repeating: 0, count: (sources.count + 1) * width)
    // How each cell's total was reached: 1 leaves the source row out, 2 the translated row, 3 pairs them.
    var step = [UInt8](repeating: 0, count: (sources.count + 1) * width)
    for row in 1...sources.count {
      for column in 1...targets.count {
        let cell = row * width + column
        var best = total[cell - width]
        var how: UInt8 = 1
        if total[cell - 1] > best {
          best = total[cell - 1]
          how = 2
        }
        if let pairing = score(sources[row - 1], targets[column - 1]), total[cell - width - 1] + pairing > best {
          best = total[cell - width - 1] + pairing
          how = 3
        }
        total[cell] = best
        step[cell] = how
      }
    }
    var pairs: [(source: Int, target: Int)] = []
    var row = sources.count
    var column = targets.count
    while row > 0 && column > 0 {
      switch step[row * width + column] {
      case 3:
        pairs.append((sources[row - 1], targets[column - 1]))
        row -= 1
        column -= 1
      case 2: column -= 1
      default: row -= 1
      }
    }
    return pairs.reversed()
  }

  /// Each source row in turn takes the best-scoring translated row among the next ``greedyWindow`` after the
  /// last one taken.
  private static func greedy(sources: [Int], targets: [Int], score: (Int, Int) -> Int?) -> [(
    source: Int, target: Int
  )] {
    var pairs: [(source: Int, target: Int)] = []
    var next = 0
    for source in sources where next < targets.count {
      var best: (index: Int, score: Int)?
      for index in next..<min(next + greedyWindow, targets.count) {
        if let value = score(source, targets[index]), value > (best?.score ?? 0) { best = (index, value) }
      }
      if let best {
        pairs.append((source, targets[best.index]))
        next = best.index + 1
      }
    }
    return pairs
  }
}
