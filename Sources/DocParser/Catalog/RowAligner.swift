public import DocModel

/// Aligns a translation's rows to the source rows: by key where it matches, then by content.
///
/// First, rows with the same key (all key fields equal) are paired, in order, wherever they are. Those of
/// them in the same order on both sides are anchors; between two anchors, the source rows and translated
/// rows still unpaired are aligned in order by what translation keeps of them (``RowEvidence``,
/// ``SequenceAlignment``), so that a row inserted or deleted between them is found as such. Last, a row
/// moved elsewhere in the table is paired when it and its counterpart are each other's only best match
/// among the rows left. A row is never paired by its position alone: a source row that its translation's
/// content does not support stays unpaired (the catalog uses its source text).
public enum RowAligner {
  /// For each source row, the index of its target row, or `nil`.
  // The row-for-row shortcut is kept (make bench, 2026-12-05): with entry ids made on bytes, the worst case's
  // catalog phase went from 0.19 s to 0.12 s.
  public static func align(source: [CatalogRow], target: [CatalogRow], definition: CatalogDefinition) -> [Int?] {
    let key = definition.keyIndexes
    // Most translations keep their source's rows, in order, with the same keys: each row is its own match,
    // as the passes below would find, without the signatures they make of every row.
    if source.count == target.count,
      source.indices.allSatisfy({ index in
        key.allSatisfy { source[index][$0].text == target[index][$0].text }
      })
    {
      return Array(source.indices)
    }
    return alignByPasses(source: source, target: target, definition: definition)
  }

  /// ``align(source:target:definition:)`` by its passes, whatever the rows.
  static func alignByPasses(source: [CatalogRow], target: [CatalogRow], definition: CatalogDefinition) -> [Int?] {
    let key = definition.keyIndexes
    var pairing = Pairing(sourceCount: source.count, targetCount: target.count)
    pairing.pairByKey(source: source, target: target, key: key)
    guard pairing.hasUnpairedRowsOnBothSides else { return pairing.matches }
    let evidence = RowEvidence(source: source, target: target, definition: definition)
    var previous = (source: -1, target: -1)
    for anchor in pairing.anchors() + [(source.count, target.count)] {
      let sources = (previous.source + 1..<anchor.source).filter { pairing.matches[$0] == nil }
      let targets = (previous.target + 1..<anchor.target).filter { !pairing.taken[$0] }
      for pair in SequenceAlignment.align(sources: sources, targets: targets, score: evidence.score) {
        pairing.pair(pair.source, pair.target)
      }
      previous = anchor
    }
    pairing.pairMovedRows(evidence)
    return pairing.matches
  }

  /// The pairs made so far.
  private struct Pairing {
    var matches: [Int?]
    var taken: [Bool]

    init(sourceCount: Int, targetCount: Int) {
      matches = Array(repeating: nil, count: sourceCount)
      taken = Array(repeating: false, count: targetCount)
    }

    var hasUnpairedRowsOnBothSides: Bool { matches.contains(nil) && taken.contains(false) }

    mutating func pair(_ source: Int, _ target: Int) {
      matches[source] = target
      taken[target] = true
    }

    /// Rows with the same key, the first unpaired source row of a key with the first unpaired target row of
    /// that key.
    mutating func pairByKey(source: [CatalogRow], target: [CatalogRow], key: [Int]) {
      func signature(_ row: CatalogRow) -> [String] { key.map { row[$0].text } }
      // The target rows of each key, in order, and how many of them are paired already.
      var queues: [[String]: (rows: [Int], paired: Int)] = [:]
      for (index, row) in target.enumerated() {
        queues[signature(row), default: ([], 0)].rows.append(index)
      }
      for (index, row) in source.enumerated() {
        let signature = signature(row)
        guard let queue = queues[signature], queue.paired < queue.rows.count else { continue }
        queues[signature]?.paired += 1
        pair(index, queue.rows[queue.paired])
      }
    }

    /// The most pairs, in source order, whose target rows are in order too (a longest increasing
    /// subsequence, the earliest of equal ones).
    func anchors() -> [(source: Int, target: Int)] {
      var ends: [Int] = []  // for each length, the source row ending the best run of that length
      var before = [Int](repeating: -1, count: matches.count)
      for (index, match) in matches.enumerated() {
        guard let match else { continue }
        var low = 0
        var high = ends.count
        while low < high {
          let middle = (low + high) / 2
          if matches[ends[middle]]! < match { low = middle + 1 } else { high = middle }
        }
        if low > 0 { before[index] = ends[low - 1] }
        if low == ends.count { ends.append(index) } else { ends[low] = index }
      }
      var run: [(source: Int, target: Int)] = []
      var index = ends.last ?? -1
      while index >= 0 {
        run.append((index, matches[index]!))
        index = before[index]
      }
      return run.reversed()
    }

    /// Rows still unpaired that are each other's only best match, wherever they are; again while that pairs
    /// some, within a bounded amount of work.
    mutating func pairMovedRows(_ evidence: RowEvidence) {
      var budget = 4 * SequenceAlignment.cellLimit
      while true {
        let sources = matches.indices.filter { matches[$0] == nil }
        let targets = taken.indices.filter { !taken[$0] }
        guard !sources.isEmpty, !targets.isEmpty, sources.count * targets.count <= budget else { return }
        budget -= sources.count * targets.count
        var bestTarget = [Best](repeating: Best(), count: sources.count)
        var bestSource = [Best](repeating: Best(), count: targets.count)
        for (sourceIndex, source) in sources.enumerated() {
          for (targetIndex, target) in targets.enumerated() {
            guard let score = evidence.score(source, target) else { continue }
            bestTarget[sourceIndex].offer(targetIndex, score)
            bestSource[targetIndex].offer(sourceIndex, score)
          }
        }
        var paired = false
        for (sourceIndex, best) in bestTarget.enumerated() {
          guard let targetIndex = best.only, bestSource[targetIndex].only == sourceIndex else { continue }
          pair(sources[sourceIndex], targets[targetIndex])
          paired = true
        }
        if !paired { return }
      }
    }
  }

  /// The best-scoring row offered so far, if no other scored as much.
  private struct Best {
    private var index = -1
    private var score = 0
    private var tied = false

    var only: Int? { index >= 0 && !tied ? index : nil }

    mutating func offer(_ candidate: Int, _ value: Int) {
      if value > score {
        index = candidate
        score = value
        tied = false
      } else if value == score {
        tied = true
      }
    }
  }
}
