/// What a cell holds as its field's type reads it, beside its text (``CatalogValue``).
public enum FieldValue: Sendable, Hashable {
  /// The cell's text is the value (text, markdown, enum and pattern fields), or the cell is empty.
  case textual
  case integer(Int)
  case code(ErrorCode)
  case status(StatusCode)
  case date(DocDate)
  /// List items, or link targets.
  case strings([String])
  /// The cell does not read as its type: a finding says so, and outputs leave the value out.
  case invalid
}
