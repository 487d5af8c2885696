import DocModel

/// How much a translated row's content says it is a given source row: the kept tokens (``KeptTokens``) of
/// their messages (the catalog's first key field) and of the other fields translations keep as written, their
/// apps (the key's `enum` fields) when the translation kept the name, and their whole messages when equal
/// once normalized.
///
/// Tokens are weighed by how rare they are among the source rows (a code on one row weighs as much as a word
/// on ten rows together). A pairing is refused when the two share nothing; when the translated row has a
/// token of the source table that this source row lacks (it names another row's code or app); or when this
/// source row has tokens that the translation keeps on other rows but not on this one, and they weigh more
/// than half of what the two share or one of them is found on this source row only.
struct RowEvidence {
  private static let unit = 1 << 20

  /// Each row's tokens, as sorted ids into `weights`.
  private var sourceTokens: [[Int]] = []
  private var targetTokens: [[Int]] = []
  /// Each row's normalized message, as an id into `messageWeights`, or -1.
  private var sourceMessages: [Int] = []
  private var targetMessages: [Int] = []
  private var weights: [Int] = []
  private var rowCounts: [Int] = []
  private var messageWeights: [Int] = []
  /// Whether some translated row has the token.
  private var keptInTarget: [Bool] = []

  /// The field whose text is the row's message.
  private let message: Int
  /// The fields translations keep as written, other than the message: their kept tokens count too.
  private let keptFields: [Int]
  /// The key's `enum` fields, other than the message: each value is one token.
  private let appFields: [Int]

  init(source: [CatalogRow], target: [CatalogRow], definition: CatalogDefinition) {
    let message = definition.identifyingField
    self.message = message
    keptFields = definition.fields.indices.filter { $0 != message && !definition.fields[$0].translated }
    appFields = definition.keyIndexes.filter { $0 != message && definition.fields[$0].type == .enum }
    var ids: [String: Int] = [:]
    var messageIDs: [String: Int] = [:]
    var messageCounts: [Int] = []
    for row in source {
      var tokens = KeptTokens.kept(in: row[message].text)
      for field in keptFields { tokens += KeptTokens.kept(in: row[field].text) }
      tokens += appTokens(row)
      var rowIDs = Set<Int>()
      for token in tokens {
        let id = ids[token] ?? ids.count
        if id == ids.count {
          ids[token] = id
          rowCounts.append(0)
        }
        rowIDs.insert(id)
      }
      for id in rowIDs { rowCounts[id] += 1 }
      sourceTokens.append(rowIDs.sorted())
      let normalized = KeptTokens.normalizedMessage(row[message].text)
      if normalized.isEmpty {
        sourceMessages.append(-1)
      } else {
        let id = messageIDs[normalized] ?? messageIDs.count
        if id == messageIDs.count {
          messageIDs[normalized] = id
          messageCounts.append(0)
        }
        messageCounts[id] += 1
        sourceMessages.append(id)
      }
    }
    weights = rowCounts.map { Self.unit / $0 }
    messageWeights = messageCounts.map { Self.unit / $0 }
    keptInTarget = Array(repeating: false, count: ids.count)
    for row in target {
      var rowIDs = Set<Int>()
      for field in [message] + keptFields {
        KeptTokens.forEachWord(in: row[field].text) { word, _ in
          if let id = ids[word] { rowIDs.insert(id) }
        }
      }
      for app in appTokens(row) { if let id = ids[app] { rowIDs.insert(id) } }
      for id in rowIDs { keptInTarget[id] = true }
      targetTokens.append(rowIDs.sorted())
      let normalized = KeptTokens.normalizedMessage(row[message].text)
      targetMessages.append(normalized.isEmpty ? -1 : messageIDs[normalized] ?? -1)
    }
  }

  /// Each app's name as a token of its own (it cannot be a word: words have no spaces).
  private func appTokens(_ row: CatalogRow) -> [String] {
    appFields.compactMap { field in
      let app = KeptTokens.normalizedMessage(row[field].text)
      return app.isEmpty ? nil : " app\(field) " + app
    }
  }

  /// The score of pairing source row `source` with translated row `target` (higher is better), or `nil`
  /// when their content does not support the pairing.
  func score(_ source: Int, _ target: Int) -> Int? {
    let left = sourceTokens[source]
    let right = targetTokens[target]
    var shared = 0
    var missingKept = 0
    var missingElsewhere = 0
    var leftIndex = 0
    var rightIndex = 0
    while leftIndex < left.count || rightIndex < right.count {
      let leftID = leftIndex < left.count ? left[leftIndex] : Int.max
      let rightID = rightIndex < right.count ? right[rightIndex] : Int.max
      if leftID == rightID {
        shared += weights[leftID]
        leftIndex += 1
        rightIndex += 1
      } else if rightID < leftID {
        return nil  // the translated row names a token of another source row
      } else {
        if keptInTarget[leftID] {
          if rowCounts[leftID] == 1 { return nil }  // this row's own token is on another translated row
          missingKept += weights[leftID]
        } else {
          missingElsewhere += weights[leftID]
        }
        leftIndex += 1
      }
    }
    let message = sourceMessages[source]
    if message >= 0 && message == targetMessages[target] { shared += 2 * messageWeights[message] }
    guard shared > 0, shared >= 2 * missingKept else { return nil }
    return max(1, 4 * shared - 2 * missingKept - missingElsewhere)
  }
}
