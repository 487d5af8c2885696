/// A text received at run time, read once for every entry it is matched against: normalized for message
/// patterns, and the error codes and status codes it names.
struct LookupQuery {
  let normalized: String
  let codes: Set<UInt64>
  let statuses: [(reply: Int?, status: String)]

  init(_ text: String) {
    normalized = MessagePattern.normalize(text)
    codes = Set(ErrorCode.codes(in: text))
    statuses = StatusCode.statuses(in: text).map { ($0.reply, $0.status) }
  }

  /// How well the entry's source row matches, or `nil` when none of its lookup fields does.
  func score(_ source: LocalizedEntry, of definition: CatalogDefinition) -> Int? {
    var total = 0
    var matched = false
    for name in definition.lookup {
      guard let index = definition.index(of: name) else { continue }
      let value = source[index]
      switch (definition.fields[index].type, value.value) {
      case (.code, .code(let code)):
        if codes.contains(code.value) {
          matched = true
          total += Catalog.exactCodeScore
        }
      case (.status, .status(let status)):
        // The same status; a reply code counts when both give one and must then agree.
        if let found = statuses.first(where: {
          $0.status == status.status && ($0.reply == nil || status.reply == nil || $0.reply == status.reply)
        }) {
          matched = true
          total += Catalog.exactCodeScore + (found.reply != nil && found.reply == status.reply ? 1 : 0)
        }
      case (.integer, .integer(let number)):
        if codes.contains(UInt64(truncatingIfNeeded: number)) {
          matched = true
          total += Catalog.exactCodeScore
        }
      default:
        guard !value.text.isEmpty,
          let score = MessagePattern(message: value.text).specificity(inNormalized: normalized)
        else { continue }
        matched = true
        total += score
      }
    }
    return matched ? total : nil
  }
}
