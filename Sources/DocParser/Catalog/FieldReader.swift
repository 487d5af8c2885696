public import DocModel

/// Reads a table cell as its field's type (``CatalogFieldType``).
public enum FieldReader {
  /// The cell's value, and what is wrong with it if its type does not read it. Without `keepingMarkdown`,
  /// only the text is kept (all that validation reads).
  public static func read(_ cell: TableCell, as field: CatalogField, keepingMarkdown: Bool = true) -> (
    value: CatalogValue, problem: String?
  ) {
    let text = cell.text
    let plain = CatalogText(text: text, markdown: text)
    if isBlank(text) {
      let empty = field.type == .markdown && keepingMarkdown ? CatalogText(cell, text: text) : plain
      let value = CatalogValue(
        cell: empty, value: field.type == .list || field.type == .links ? .strings([]) : .textual)
      return (value, field.required ? CatalogInvalidValue.empty(field: field.name) : nil)
    }
    func typed(_ value: FieldValue?) -> (CatalogValue, String?) {
      guard let value else {
        return (
          CatalogValue(cell: plain, value: .invalid),
          CatalogInvalidValue.unreadable(String(text.trimmingWhitespace()), field: field.name, type: field.type)
        )
      }
      return (CatalogValue(cell: plain, value: value), nil)
    }
    switch field.type {
    case .text, .pattern, .enum:
      return (CatalogValue(cell: plain), nil)
    case .markdown:
      return (CatalogValue(cell: keepingMarkdown ? CatalogText(cell, text: text) : plain), nil)
    case .integer:
      return typed(Int(text.trimmingWhitespace()).map(FieldValue.integer))
    case .code:
      return typed(ErrorCode(cell: text).map(FieldValue.code))
    case .status:
      return typed(StatusCode(cell: text).map(FieldValue.status))
    case .date:
      return typed(DocDate(written: String(text.trimmingWhitespace())).map(FieldValue.date))
    case .list:
      let lines = text.nonEmptyLines.map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
      return (CatalogValue(cell: plain, value: .strings(lines)), nil)
    case .links:
      let cellText = keepingMarkdown ? CatalogText(cell, text: text) : plain
      return (CatalogValue(cell: cellText, value: .strings(linkTargets(cell.inlines))), nil)
    }
  }

  /// Whether a cell's text is empty or white space only; a text that starts with a visible ASCII character,
  /// as nearly every one does, is told at once.
  static func isBlank(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return true }
    if first > 0x20 && first < 0x7F { return false }
    return text.trimmingWhitespace().isEmpty
  }

  /// The destinations of the links in `inlines`, in order.
  static func linkTargets(_ inlines: [Inline]) -> [String] {
    var targets: [String] = []
    func visit(_ inlines: [Inline]) {
      for inline in inlines {
        switch inline {
        case .link(let link):
          targets.append(link.destination)
          visit(link.children)
        case .xref(let xref):
          // The uid as an xref address: the catalog is made page by page, before any uid is resolved.
          targets.append("xref:" + xref.uid)
        case .emphasis(let children), .strong(let children): visit(children)
        default: break
        }
      }
    }
    visit(inlines)
    return targets
  }
}
