import DocModel

/// Infers a column's field type from its header's role and its source-locale cells, with the reason
/// `init` writes beside the field. The first rule that holds wins:
///
/// 1. every non-empty cell is a whole number, hex code or 8-digit hex code: `code` when any is hex, negative
///    or the header names a code, else `integer`;
/// 2. every cell is a status code (`5.7.1`, `550 5.4.1`): `status`;
/// 3. every cell is a date: `date`;
/// 4. every cell is only links: `links`;
/// 5. the header names a message: `pattern` (`lookup` matches error texts against it);
/// 6. a few short plain values, repeated (2 to 20 distinct, at most half as many as the rows): `enum`;
/// 7. every cell is short lines split by `<br>`: `list`;
/// 8. any cell has markup (emphasis, code, links, HTML): `markdown`; else `text`.
enum ColumnTypeInference {
  static func infer(_ cells: [TableCell], role: HeaderVocabulary.Role?) -> (type: CatalogFieldType, reason: String) {
    let texts = cells.map { String($0.text.trimmingWhitespace()) }
    let filled = zip(cells, texts).filter { !$0.1.isEmpty }
    guard !filled.isEmpty else { return (.text, "no values") }
    let values = filled.map(\.1)
    if values.allSatisfy(isWholeCode) {
      let isCode =
        role == .code || values.contains { $0.hasPrefix("-") || !$0.allSatisfy(\.isNumber) || $0.count >= 8 }
      return isCode ? (.code, "every value an error code") : (.integer, "every value a whole number")
    }
    if values.allSatisfy({ StatusCode(cell: $0) != nil }) { return (.status, "every value a status code") }
    if values.allSatisfy({ DocDate(written: $0) != nil }) { return (.date, "every value a date") }
    if filled.allSatisfy({ isOnlyLinks($0.0.inlines) }) { return (.links, "every value only links") }
    if role == .message { return (.pattern, "a message column") }
    let distinct = Set(values)
    if values.count >= 4, (2...20).contains(distinct.count), distinct.count * 2 <= values.count,
      values.allSatisfy({ $0.count <= 40 && !$0.contains("\n") }), !filled.contains(where: { hasMarkup($0.0.inlines) })
    {
      return (.enum, "\(distinct.count) distinct values in \(values.count) rows")
    }
    if values.allSatisfy(isShortLines) { return (.list, "every value short lines") }
    if filled.contains(where: { hasMarkup($0.0.inlines) }) { return (.markdown, "values with markup") }
    return (.text, "plain text")
  }

  /// A cell that is one error code and nothing else: `0x80070005`, `80070005`, `-2147024891`, `15113`.
  static func isWholeCode(_ text: String) -> Bool {
    guard ErrorCode(cell: text) != nil else { return false }
    var digits = Substring(text)
    if digits.hasPrefix("-") { digits = digits.dropFirst() }
    if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
      let hex = digits.dropFirst(2)
      return !hex.isEmpty && hex.count <= 16 && hex.allSatisfy(\.isHexDigit)
    }
    if digits.count == 8 && digits.allSatisfy(\.isHexDigit) && !text.hasPrefix("-") { return true }
    return !digits.isEmpty && digits.count <= 19 && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Whether a cell holds links and nothing but space between them.
  static func isOnlyLinks(_ inlines: [Inline]) -> Bool {
    var links = 0
    for inline in inlines {
      switch inline {
      case .link, .xref: links += 1
      case .text(let text) where text.trimmingWhitespace().isEmpty || text.trimmingWhitespace() == ",": continue
      case .softBreak, .lineBreak: continue
      case .html(let html) where html.lowercased().hasPrefix("<br") || html.lowercased().hasPrefix("</br"): continue
      default: return false
      }
    }
    return links > 0
  }

  /// Two or more lines of at most 60 characters each: a list more than prose broken into lines.
  static func isShortLines(_ text: String) -> Bool {
    let lines = text.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    return lines.count >= 2 && lines.allSatisfy { $0.count <= 60 && !$0.hasSuffix(".") && !$0.hasSuffix(":") }
  }

  /// Whether the cell has markup its plain text would lose (a `<br>` alone is kept as a line break).
  static func hasMarkup(_ inlines: [Inline]) -> Bool {
    inlines.contains { inline in
      switch inline {
      case .text, .softBreak, .lineBreak: false
      case .html(let html): !(html.lowercased().hasPrefix("<br") || html.lowercased().hasPrefix("</br"))
      default: true
      }
    }
  }
}
