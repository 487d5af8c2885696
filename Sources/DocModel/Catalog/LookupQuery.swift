/// A text received at run time, read once for every entry it is matched against: normalized for message
/// patterns, and the error codes and status codes it names.
struct LookupQuery {
  let normalized: [UInt8]
  let codes: Set<UInt64>
  let statuses: [(reply: Int?, status: String)]

  init(_ text: String) {
    normalized = Array(MessagePattern.normalize(text).utf8)
    codes = Set(ErrorCode.codes(in: text))
    statuses = StatusCode.statuses(in: text).map { ($0.reply, $0.status) }
  }

  /// How well an entry's lookup keys match, or `nil` when none of them does.
  func score(_ keys: [LookupKey]) -> Int? {
    var total = 0
    var matched = false
    for key in keys {
      switch key {
      case .code(let code):
        if codes.contains(code) {
          matched = true
          total += Catalog.exactCodeScore
        }
      case .status(let reply, let status):
        // The same status; a reply code counts when both give one and must then agree.
        if let found = statuses.first(where: {
          $0.status == status && ($0.reply == nil || reply == nil || $0.reply == reply)
        }) {
          matched = true
          total += Catalog.exactCodeScore + (found.reply != nil && found.reply == reply ? 1 : 0)
        }
      case .pattern(let pattern):
        if let score = pattern.specificity(in: normalized) {
          matched = true
          total += score
        }
      }
    }
    return matched ? total : nil
  }
}
