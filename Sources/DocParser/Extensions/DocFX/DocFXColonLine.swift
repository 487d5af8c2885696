import DocModel

/// A `:::name attributes:::` line of DocFX (also written `::: name attributes`, without the closing
/// colons), read into its name and attributes.
struct DocFXColonLine {
  /// The name as written, such as `image`, `zone-end` or `moniker`.
  var name: String
  var attributes: DocFXAttributes
  /// Why the attributes could not all be read (a quote left open), if they could not.
  var problem: String?

  /// The line a text holds, if it starts with `:::` and a name.
  static func read(_ text: Substring) -> DocFXColonLine? {
    guard text.hasPrefix(":::") else { return nil }
    var rest = text.dropFirst(3).drop { $0 == " " || $0 == "\t" }
    let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    guard let first = name.first, first.isLetter else { return nil }
    rest = rest.dropFirst(name.count)
    // The name ends at a space, the closing colons or the end of the line.
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" || rest.hasPrefix(":::") else { return nil }
    var body = rest.trimmingSpacesAndTabs
    if body.hasSuffix(":::") { body = body.dropLast(3).trimmingSpacesAndTabs }
    var line = DocFXColonLine(name: String(name), attributes: DocFXAttributes(), problem: nil)
    line.readAttributes(body)
    return line
  }

  /// Reads `name="value"`, `name='value'`, `name=value` and bare `name`s, in one pass.
  private mutating func readAttributes(_ text: Substring) {
    var rest = text
    while true {
      rest = rest.drop { $0 == " " || $0 == "\t" }
      guard !rest.isEmpty else { return }
      let name = rest.prefix { $0 != "=" && $0 != " " && $0 != "\t" }
      rest = rest.dropFirst(name.count)
      // Spaces may stand around the `=` (`lightbox= "big.png"`), as DocFX reads them.
      let afterSpaces = rest.drop { $0 == " " || $0 == "\t" }
      guard afterSpaces.first == "=", !name.isEmpty else {
        attributes.list.append(.init(name: String(name.isEmpty ? "=" : name), value: ""))
        if name.isEmpty { rest = rest.dropFirst() }
        continue
      }
      rest = afterSpaces.dropFirst().drop { $0 == " " || $0 == "\t" }
      if let quote = rest.first, quote == "\"" || quote == "'" {
        let inside = rest.dropFirst()
        guard let close = inside.firstIndex(of: quote) else {
          problem = "the quote opened for '\(name)' is not closed"
          return
        }
        attributes.list.append(.init(name: String(name), value: String(inside[..<close])))
        rest = inside[inside.index(after: close)...]
      } else {
        let value = rest.prefix { $0 != " " && $0 != "\t" }
        attributes.list.append(.init(name: String(name), value: String(value)))
        rest = rest.dropFirst(value.count)
      }
    }
  }
}

extension Substring {
  /// The text without spaces and tabs at either end.
  fileprivate var trimmingSpacesAndTabs: Substring {
    var result = self
    while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
    while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
    return result
  }
}
