/// One lookup field of an entry's source row, read once so that many error texts can be matched against it.
///
/// A code, status or integer field matches by value; any other field, and a code field whose cell did not
/// read as a code, by its text as a message pattern.
enum LookupKey: Sendable {
  case code(UInt64)
  case status(reply: Int?, status: String)
  case pattern(MessagePattern.Compiled)

  /// The keys of an entry's source row: one per lookup field with a readable value.
  static func keys(of source: LocalizedEntry, in definition: CatalogDefinition) -> [LookupKey] {
    definition.lookup.compactMap { name -> LookupKey? in
      guard let index = definition.index(of: name) else { return nil }
      let value = source[index]
      switch (definition.fields[index].type, value.value) {
      case (.code, .code(let code)): return .code(code.value)
      case (.status, .status(let status)): return .status(reply: status.reply, status: status.status)
      case (.integer, .integer(let number)): return .code(UInt64(truncatingIfNeeded: number))
      default:
        return value.text.isEmpty ? nil : .pattern(MessagePattern.Compiled(MessagePattern(message: value.text)))
      }
    }
  }
}
