import DocModel

/// DocFX's code snippet, `:::code language="csharp" source="app.cs" id="main":::` (or `range="2-5,7"`), and
/// its older form `[!code-csharp[](app.cs#main)]` (`#L2-L5`, `?range=2-5`, `?name=main`, `?start=2&end=5`):
/// the lines are read from the file, relative to the page and inside the docs folder, when the page is
/// parsed, and held as one code block in the snippet's language.
struct DocFXCode: DocFXConstructReader {
  static let name = "code"
  static let opener = DocFXOpener.colonLine("code")
  static let otherOpeners = [DocFXOpener.linkMarker("CODE")]

  var attributes: DocFXAttributes
  /// The snippet as one code block; empty when it could not be read (reported).
  var blocks: [Block]

  static func read(_ blocks: [Block], at index: Int, in reading: DocFXReading) -> (block: Block, taken: Int)? {
    let opening = blocks[index]
    let attributes: DocFXAttributes
    if let line = reading.colonLine(opening) {
      reading.checkAttributes(
        of: line, required: ["source"], optional: ["language", "range", "id", "highlight", "interactive"],
        at: opening)
      attributes = line.attributes
    } else if let (name, link) = reading.linkMarker(opening) {
      attributes = Self.attributes(marker: name, address: link.destination)
    } else {
      return nil
    }
    var code = DocFXCode(attributes: attributes, blocks: [])
    if let snippet = snippet(attributes, in: reading, at: opening) {
      code.blocks = [.codeBlock(CodeBlock(info: attributes["language"] ?? "", code: snippet, range: opening.range))]
    }
    return (.docfx(DocFXBlock(code, range: opening.range)), 1)
  }

  /// The attributes `[!code-LANG[](address)]` stands for: `language`, `source`, and `id` or `range`.
  static func attributes(marker: String, address: String) -> DocFXAttributes {
    var list: [DocFXAttributes.Attribute] = []
    let language = marker.drop { $0 != "-" }.dropFirst()
    if !language.isEmpty { list.append(.init(name: "language", value: language.lowercased())) }
    let path = address.prefix { $0 != "#" && $0 != "?" }
    list.append(.init(name: "source", value: String(path)))
    var rest = address.dropFirst(path.count)
    if rest.first == "?" {
      let query = rest.dropFirst().prefix { $0 != "#" }
      rest = rest.dropFirst(query.count + 1)
      var parameters: [String: String] = [:]
      for pair in query.split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1)
        if parts.count == 2 { parameters[parts[0].lowercased()] = String(parts[1]) }
      }
      if let name = parameters["name"] { list.append(.init(name: "id", value: name)) }
      if let range = parameters["range"] {
        list.append(.init(name: "range", value: range))
      } else if let start = parameters["start"] {
        list.append(.init(name: "range", value: start + "-" + (parameters["end"] ?? "")))
      }
      if let highlight = parameters["highlight"] { list.append(.init(name: "highlight", value: highlight)) }
    }
    if rest.first == "#" {
      let fragment = rest.dropFirst()
      if let lines = Self.lineFragment(fragment) {
        list.append(.init(name: "range", value: lines))
      } else if !fragment.isEmpty {
        list.append(.init(name: "id", value: String(fragment)))
      }
    }
    return DocFXAttributes(list)
  }

  /// `L3-L5` (or `L3`) as the range `3-5`, if the fragment is one.
  private static func lineFragment(_ fragment: Substring) -> String? {
    let parts = fragment.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count) else { return nil }
    let numbers = parts.compactMap { part -> Substring? in
      guard part.first == "L" || part.first == "l" else { return nil }
      let digits = part.dropFirst()
      return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber) ? digits : nil
    }
    guard numbers.count == parts.count else { return nil }
    return numbers.joined(separator: "-")
  }

  /// The snippet's lines, read and cut; `nil`, reported, when they cannot be.
  private static func snippet(_ attributes: DocFXAttributes, in reading: DocFXReading, at block: Block) -> String? {
    guard let files = reading.context.snippets, let source = attributes["source"], !source.isEmpty else { return nil }
    let file: SnippetFile
    switch files.file(at: source) {
    case .file(let read): file = read
    case .missing:
      reading.report(LinkMissingFile.self, LinkMissingFile.missing(source), at: block)
      return nil
    case .outside:
      reading.report(SourceOutsideDocs.self, SourceOutsideDocs.linkedFile(source), at: block)
      return nil
    case .tooLarge:
      reportTooLarge(source, in: reading, at: block)
      return nil
    }
    // A cut stops as soon as it shows more than the page may still show.
    let limit = min(SnippetFiles.maximumFileBytes, files.remaining)
    do {
      let snippet: String
      if let id = attributes["id"], !id.isEmpty {
        snippet = try file.cut(region: id, limit: limit)
      } else if let range = attributes["range"], !range.isEmpty {
        snippet = try file.cut(range: range, limit: limit)
      } else {
        snippet = try file.whole(limit: limit)
      }
      guard files.spend(snippet.utf8.count) else {
        files.exhaust()
        reportTooLarge(source, in: reading, at: block)
        return nil
      }
      return snippet + "\n"
    } catch {
      let message =
        switch error {
        case .noRegion(let name): DocFXMissingSnippetRegion.noRegion(name, in: source)
        case .unclosedRegion(let name): DocFXMissingSnippetRegion.unclosedRegion(name, in: source)
        case .unreadableRange(let range): DocFXMissingSnippetRegion.unreadableRange(range)
        case .rangeBeyondEnd(let range, let count): DocFXMissingSnippetRegion.beyondEnd(range, in: source, lines: count)
        case .tooLarge: String?.none
        }
      if let message {
        reading.report(DocFXMissingSnippetRegion.self, message, at: block)
      } else {
        if limit == files.remaining { files.exhaust() }
        reportTooLarge(source, in: reading, at: block)
      }
      return nil
    }
  }

  private static func reportTooLarge(_ source: String, in reading: DocFXReading, at block: Block) {
    reading.report(
      DocFXSnippetTooLarge.self,
      DocFXSnippetTooLarge.tooLarge(
        source, fileBound: SnippetFiles.maximumFileBytes, pageBound: SnippetFiles.maximumBytesPerPage), at: block)
  }

  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer) {
    writer.blocks(blocks)
  }
}
