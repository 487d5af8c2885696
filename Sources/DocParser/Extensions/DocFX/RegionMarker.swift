import DocModel

/// A line that marks where a region of a snippet file starts or ends.
enum RegionMarker: Equatable {
  /// `// <name>`, `<!-- <name> -->`, `# <name>` and the like.
  case tagStart(String)
  /// `// </name>` and the like.
  case tagEnd(String)
  /// `#region name`.
  case regionStart(String)
  /// `#endregion`.
  case regionEnd

  /// The marker a line is, if it is one.
  init?(_ line: Substring) {
    // Most lines hold neither byte every marker has.
    guard line.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "#") }) else { return nil }
    var text = String(line.trimming { $0 == " " || $0 == "\t" })
    let lower = text.lowercased()
    if lower.hasPrefix("#region") {
      self = .regionStart(String(text.dropFirst(7).trimming { $0 == " " || $0 == "\t" }))
      return
    }
    if lower.hasPrefix("#endregion") || lower.hasPrefix("#end region") {
      self = .regionEnd
      return
    }
    guard let opener = ["//", "<!--", "/*", "#", "'", "--", ";", "%"].first(where: { text.hasPrefix($0) }) else {
      return nil
    }
    text = String(text.dropFirst(opener.count))
    for closer in ["-->", "*/"] where text.hasSuffix(closer) { text = String(text.dropLast(closer.count)) }
    text = String(text.trimming { $0 == " " || $0 == "\t" })
    guard text.hasPrefix("<"), text.hasSuffix(">"), text.count > 2 else { return nil }
    var name = text.dropFirst().dropLast()
    let isEnd = name.hasPrefix("/")
    if isEnd { name = name.dropFirst() }
    guard !name.isEmpty, !name.contains(where: { $0 == "<" || $0 == ">" || $0 == " " || $0 == "/" }) else {
      return nil
    }
    self = isEnd ? .tagEnd(String(name)) : .tagStart(String(name))
  }
}
