extension CatalogValue {
  /// The value as the catalog JSON writes it for a field of `type`:
  /// - `text`, `pattern`, `enum`: the text;
  /// - `markdown`: `{"markdown", "text"}`; `links`: `{"markdown", "targets", "text"}`;
  /// - `list`: the lines;
  /// - `integer`: `{"value", "written"}`; `code`: `{"hex", "value", "written"}`;
  ///   `status`: `{"reply"?, "status", "written"}`; `date`: `{"value": "YYYY-MM-DD", "written"}`;
  ///   `null` when the cell is empty or does not read as the type.
  public func json(as type: CatalogFieldType) -> JSONValue {
    switch (type, value) {
    case (.markdown, _):
      return .object(["markdown": .string(cell.markdown), "text": .string(cell.text)])
    case (.links, .strings(let targets)):
      return .object([
        "markdown": .string(cell.markdown), "targets": .array(targets.map(JSONValue.string)),
        "text": .string(cell.text),
      ])
    case (.links, _):
      return .object(["markdown": .string(cell.markdown), "targets": .array([]), "text": .string(cell.text)])
    case (.list, .strings(let lines)):
      return .array(lines.map(JSONValue.string))
    case (.list, _):
      return .array([])
    case (.integer, .integer(let number)):
      return .object(["value": .integer(number), "written": .string(cell.text)])
    case (.code, .code(let code)):
      return .object([
        "hex": .string(code.hex), "value": Int(exactly: code.value).map(JSONValue.integer) ?? .null,
        "written": .string(code.written),
      ])
    case (.status, .status(let status)):
      var object: [String: JSONValue] = ["status": .string(status.status), "written": .string(status.written)]
      if let reply = status.reply { object["reply"] = .integer(reply) }
      return .object(object)
    case (.date, .date(let date)):
      return .object(["value": .string(date.iso), "written": .string(cell.text)])
    case (.integer, _), (.code, _), (.status, _), (.date, _):
      return .null
    case (.text, _), (.pattern, _), (.enum, _):
      return .string(cell.text)
    }
  }

  /// The value a field of `type` wrote as `json` (``json(as:)``), read back.
  public init(json: JSONValue, as type: CatalogFieldType) {
    func string(_ value: JSONValue?) -> String {
      if case .string(let text) = value { return text }
      return ""
    }
    switch (type, json) {
    case (.markdown, .object(let object)):
      self.init(cell: CatalogText(text: string(object["text"]), markdown: string(object["markdown"])))
    case (.links, .object(let object)):
      var targets: [String] = []
      if case .array(let items) = object["targets"] { targets = items.map(string) }
      self.init(
        cell: CatalogText(text: string(object["text"]), markdown: string(object["markdown"])),
        value: .strings(targets))
    case (.list, .array(let items)):
      let lines = items.map(string)
      let text = lines.joined(separator: "\n")
      self.init(cell: CatalogText(text: text, markdown: text), value: .strings(lines))
    case (.integer, .object(let object)), (.code, .object(let object)), (.status, .object(let object)),
      (.date, .object(let object)):
      let written = string(object["written"])
      let cell = CatalogText(text: written, markdown: written)
      switch type {
      case .integer: self.init(cell: cell, value: Int(written.trimmingWhitespace()).map(FieldValue.integer) ?? .invalid)
      case .code: self.init(cell: cell, value: ErrorCode(cell: written).map(FieldValue.code) ?? .invalid)
      case .status: self.init(cell: cell, value: StatusCode(cell: written).map(FieldValue.status) ?? .invalid)
      default: self.init(cell: cell, value: DocDate(written: written).map(FieldValue.date) ?? .invalid)
      }
    case (.text, .string(let text)), (.pattern, .string(let text)), (.enum, .string(let text)):
      self.init(cell: CatalogText(text: text, markdown: text))
    default:
      self = .empty
    }
  }
}
