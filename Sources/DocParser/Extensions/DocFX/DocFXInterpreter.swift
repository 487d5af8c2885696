import DocModel

/// Turns DocFX's Markdown conventions into typed blocks, after CommonMark conversion.
///
/// - `> [!NOTE]` (and TIP, IMPORTANT, CAUTION, WARNING) block quotes become ``Alert``s;
/// - `> [!div class="..."]` block quotes become ``Div``s;
/// - `[!INCLUDE [title](path)]` becomes an ``Include``, a block when alone in its paragraph;
/// - `<a name="..."></a>` at the start of a heading becomes its ``Heading/anchor``;
/// - `:::image … :::` inside a line of text becomes an image (``DocFXInlineImage``).
///
/// Other `[!NAME]` markers are left as they are, with a warning.
struct DocFXInterpreter {
  /// Markers DocFX knows that DocCatalog keeps as text without a warning (and `CODE-…`, code snippets).
  static let otherKnownMarkers: Set<String> = ["VIDEO", "CODE", "CODE-CSHARP", "CODE-JSON", "TOC"]

  let context: ParseContext
  /// Reads the constructs typed by their own ``DocFXConstruct`` types, among each container's blocks.
  let constructs: DocFXReading

  init(context: ParseContext) {
    self.context = context
    constructs = DocFXReading(context: context)
  }

  func interpret(_ blocks: [Block]) -> [Block] {
    constructs.group(blocks.flatMap(interpret))
  }

  private func interpret(_ block: Block) -> [Block] {
    switch block {
    case .paragraph(var paragraph):
      paragraph.inlines = interpretInlines(DocFXInlineImage.read(paragraph.inlines), at: paragraph.range)
      if paragraph.inlines.count == 1, case .include(let include) = paragraph.inlines[0] {
        return [.include(include)]
      }
      return [.paragraph(paragraph)]
    case .heading(var heading):
      let (anchor, rest) = Self.liftAnchor(heading.inlines)
      heading.anchor = anchor
      heading.inlines = interpretInlines(rest, at: heading.range)
      return [.heading(heading)]
    case .blockQuote(let quote):
      return [interpretQuote(quote)]
    case .list(var list):
      list.items = list.items.map { List.Item(blocks: interpret($0.blocks), range: $0.range) }
      return [.list(list)]
    case .table(var table):
      // An inline `:::image` is written with its colons: an entity does not make one, as in DocFX.
      let mayHoldImages = tableLines(table.range) { lines in
        Self.tripleColon.withUnsafeBufferPointer { ByteSearch.offset(of: $0, in: lines) != nil }
      }
      if mayHoldImages && table.containsCell(where: { DocFXInlineImage.mayHold($0.inlines) }) {
        table.header.cells = table.header.cells.map { Self.withInlineImages($0) }
        table.rows = table.rows.map { row in
          var row = row
          row.cells = row.cells.map { Self.withInlineImages($0) }
          return row
        }
      }
      guard tableLines(table.range, Self.mayHoldMarkers),
        table.containsCell(where: { Self.containsMarkerStart($0.inlines) })
      else {
        return mayHoldImages ? [.table(table)] : [block]
      }
      table.header.cells = table.header.cells.map(interpretCell)
      table.rows = table.rows.map { row in
        var row = row
        row.cells = row.cells.map(interpretCell)
        return row
      }
      return [.table(table)]
    case .alert(var alert):
      alert.blocks = interpret(alert.blocks)
      return [.alert(alert)]
    case .div(var div):
      div.blocks = interpret(div.blocks)
      return [.div(div)]
    case .codeBlock, .htmlBlock, .thematicBreak, .include, .docfx:
      return [block]
    }
  }

  /// `test` of the page's lines in `range`; `true` when the range is not known.
  private func tableLines(_ range: SourceRange?, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
    guard let range else { return true }
    let page = context.page
    let lower = page.lineRange(range.start.line).lowerBound
    let upper = page.lineRange(range.end.line).upperBound
    guard lower < upper else { return true }
    return page.bytes.withUnsafeBufferPointer { test(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
  }

  /// `:::`, which an inline `:::image` holds.
  private static let tripleColon = Array(":::".utf8)

  /// Whether `lines` could give a text holding `[!`: they hold `[!`, or an entity or escape that could make
  /// one. Most tables' do not, and their cells are not searched. memchr for each byte that could start
  /// one: `&` and `\` are rare in tables, `!` rarer.
  private static func mayHoldMarkers(_ lines: UnsafeBufferPointer<UInt8>) -> Bool {
    if ByteSearch.offset(of: UInt8(ascii: "&"), in: lines) != nil
      || ByteSearch.offset(of: UInt8(ascii: "\\"), in: lines) != nil
    {
      return true
    }
    var rest = lines
    while let offset = ByteSearch.offset(of: UInt8(ascii: "!"), in: rest) {
      let index = lines.count - rest.count + offset
      if index > 0 && lines[index - 1] == UInt8(ascii: "[") { return true }
      rest = UnsafeBufferPointer(rebasing: rest[(offset + 1)...])
    }
    return false
  }

  private static func withInlineImages(_ cell: TableCell) -> TableCell {
    var cell = cell
    cell.inlines = DocFXInlineImage.read(cell.inlines, linesMayBeBlocks: false)
    return cell
  }

  private func interpretCell(_ cell: TableCell) -> TableCell {
    var cell = cell
    cell.inlines = interpretInlines(cell.inlines, at: cell.range)
    return cell
  }

  // MARK: Block quotes

  private func interpretQuote(_ quote: BlockQuote) -> Block {
    let quote = BlockQuote(blocks: interpretQuoted(quote.blocks), range: quote.range)
    guard let (marker, rest) = Self.markerAndContent(of: quote) else { return .blockQuote(quote) }
    let name = marker.name.uppercased()
    if name == "DIV" {
      let attributes = marker.argument
      return .div(
        Div(
          attributes: attributes, className: Self.attribute("class", in: attributes), blocks: rest, range: quote.range))
    }
    if marker.argument.isEmpty, Alert.Kind.known.contains(Alert.Kind(rawValue: name)) {
      return .alert(Alert(kind: Alert.Kind(rawValue: name), blocks: rest, range: quote.range))
    }
    // Other markers (`[!VIDEO …]`) are read with the constructs, among the quote's siblings.
    return .blockQuote(quote)
  }

  /// A quote's blocks, read as any container's but for a first paragraph that is a marker alone: that is the
  /// quote's own marker (`> [!VIDEO …]`), not a construct written without its quote.
  private func interpretQuoted(_ blocks: [Block]) -> [Block] {
    constructs.group(blocks.flatMap(interpret), inQuote: true)
  }

  /// The `[!NAME argument]` marker filling the first line of a block quote, and the blocks after it; `nil`
  /// when the quote does not start with a marker alone on its line.
  static func markerAndContent(of quote: BlockQuote) -> (Marker, [Block])? {
    let blocks = quote.blocks
    guard case .paragraph(let first)? = blocks.first,
      case .text(let text)? = first.inlines.first,
      let marker = Self.leadingMarker(text)
    else {
      return nil
    }
    // The marker must fill its line: what follows it on the line is not DocFX syntax.
    let afterMarker = text.dropFirst(marker.length)
    let restOfLine = afterMarker.prefix { $0 != "\n" }
    var remaining = Array(first.inlines.dropFirst())
    // Unknown markers were reported with the paragraph's text.
    guard restOfLine.allSatisfy(\.isWhitespace), remaining.first.map(Self.isBreak) ?? true else {
      return nil
    }
    if let next = remaining.first, Self.isBreak(next) { remaining.removeFirst() }
    var rest = Array(blocks.dropFirst())
    if !remaining.isEmpty {
      rest.insert(.paragraph(Paragraph(inlines: remaining, range: first.range)), at: 0)
    }
    return (marker, rest)
  }

  private static func isBreak(_ inline: Inline) -> Bool {
    if case .softBreak = inline { return true }
    if case .lineBreak = inline { return true }
    return false
  }

  /// A `[!NAME argument]` marker at the start of a text.
  struct Marker {
    var name: String
    var argument: String
    /// Its length in characters, brackets included.
    var length: Int
  }

  /// The marker a text starts with (`[!NAME argument]`), if any.
  static func leadingMarker<Text: StringProtocol>(_ text: Text) -> Marker? {
    // Most texts do not start with the bytes of `[!`; of those that do, most markers are ASCII and read on
    // bytes, the rest as characters. (Kept, make bench, 2026-12-06: reading every marker as characters, with
    // names made from characters and hashed as such, cost 2% of the typical build.)
    guard text.startsWithBytes(of: "[!") else { return nil }
    if case .read(let marker) = asciiMarker(text.utf8) { return marker }
    return markerReadAsCharacters(text)
  }

  /// ``leadingMarker(_:)`` read on characters only: the reading the byte one must agree with.
  static func markerReadAsCharacters<Text: StringProtocol>(_ text: Text) -> Marker? {
    guard text.hasPrefix("[!") else { return nil }
    let body = text.dropFirst(2)
    guard let close = body.firstIndex(of: "]") else { return nil }
    let inside = body[..<close]
    let name = inside.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    guard !name.isEmpty, name.first?.isLetter == true else { return nil }
    let argument = String(inside.dropFirst(name.count).trimming { $0 == " " || $0 == "\t" })
    return Marker(name: String(name), argument: argument, length: 2 + inside.count + 1)
  }

  /// A marker read on bytes, or why it could not be.
  private enum ByteReading {
    /// The text was read: it starts with this marker, or with none.
    case read(Marker?)
    /// A byte up to the marker's end (or just after it) is not ASCII, or is a carriage return: a character
    /// may then be more than a byte, and the text must be read as characters.
    case needsCharacters
  }

  /// ``leadingMarker(_:)`` on bytes, for a text starting with `[!`: the same reading, since up to the `]`
  /// and one byte after it every byte is then a character.
  private static func asciiMarker(_ utf8: some Collection<UInt8>) -> ByteReading {
    var inside: [UInt8] = []
    var rest = utf8.dropFirst(2)
    while let byte = rest.popFirst() {
      guard byte < 0x80, byte != 0x0D else { return .needsCharacters }
      if byte == UInt8(ascii: "]") {
        guard (rest.first ?? 0) < 0x80 else { return .needsCharacters }
        return .read(marker(inside: inside))
      }
      inside.append(byte)
    }
    return .read(nil)
  }

  /// The marker whose text between `[!` and `]` is `inside`, all ASCII.
  private static func marker(inside: [UInt8]) -> Marker? {
    func isNameByte(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "_"):
        true
      default: false
      }
    }
    let name = inside.prefix(while: isNameByte)
    guard let first = name.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z") else {
      return nil
    }
    var argument = inside[name.endIndex...]
    while let byte = argument.first, byte == 0x20 || byte == 0x09 { argument.removeFirst() }
    while let byte = argument.last, byte == 0x20 || byte == 0x09 { argument.removeLast() }
    return Marker(
      name: String(decoding: name, as: UTF8.self), argument: String(decoding: argument, as: UTF8.self),
      length: 2 + inside.count + 1)
  }

  private func reportIfUnknown(_ marker: Marker, at range: SourceRange?) {
    let name = marker.name.uppercased()
    guard name != "DIV", name != "INCLUDE", !Self.otherKnownMarkers.contains(name), !name.hasPrefix("CODE-"),
      !(Alert.Kind.known.contains(Alert.Kind(rawValue: name)) && marker.argument.isEmpty)
    else { return }
    context.report(
      DocFXUnknownMarker.self, DocFXUnknownMarker.unknown(marker.name),
      at: range?.start ?? SourceLocation(line: 1, column: 1))
  }

  /// The value of `name="value"` (or single quotes, or bare) in an attribute list.
  static func attribute(_ name: String, in attributes: String) -> String? {
    var rest = Substring(attributes)
    let search = name + "="
    while let offset = rest.utf8Offset(of: search) {
      let start = rest.utf8.index(rest.startIndex, offsetBy: offset)
      let before = rest[..<start].last
      rest = rest[rest.utf8.index(start, offsetBy: search.utf8.count)...]
      guard before == nil || before!.isWhitespace else { continue }
      if let quote = rest.first, quote == "\"" || quote == "'" {
        let value = rest.dropFirst().prefix { $0 != quote }
        return String(value)
      }
      return String(rest.prefix { !$0.isWhitespace })
    }
    return nil
  }

  // MARK: Inlines

  /// Replaces `[!INCLUDE [title](path)]` with ``Inline/include(_:)`` and reports unknown markers.
  private func interpretInlines(_ inlines: [Inline], at range: SourceRange?) -> [Inline] {
    guard Self.containsMarkerStart(inlines) else { return inlines }
    var result: [Inline] = []
    var index = 0
    while index < inlines.count {
      let inline = inlines[index]
      if case .text(let text) = inline, index + 2 < inlines.count,
        case .link(let link) = inlines[index + 1],
        case .text(let after) = inlines[index + 2], after.hasPrefix("]"),
        let markerStart = Self.includeOpener(in: text)
      {
        let before = String(text[..<markerStart])
        if !before.isEmpty { result.append(.text(before)) }
        result.append(
          .include(Include(title: PlainText.render(link.children), path: link.destination, range: range)))
        let tail = String(after.dropFirst())
        if !tail.isEmpty { result.append(.text(tail)) }
        index += 3
        continue
      }
      if case .text(let text) = inline { reportUnknownInlineMarkers(in: text, at: range) }
      switch inline {
      case .emphasis(let children): result.append(.emphasis(interpretInlines(children, at: range)))
      case .strong(let children): result.append(.strong(interpretInlines(children, at: range)))
      default: result.append(inline)
      }
      index += 1
    }
    return result
  }

  /// Where a text ends with `[!INCLUDE` (any case, optional spaces after), the start of that opener.
  static func includeOpener(in text: String) -> String.Index? {
    let trimmed = text.reversed().drop { $0 == " " || $0 == "\t" }
    let opener = "[!INCLUDE"
    guard trimmed.count >= opener.count else { return nil }
    let tail = String(trimmed.prefix(opener.count).reversed())
    guard tail.uppercased() == opener else { return nil }
    let length = text.count - (text.count - trimmed.count) - opener.count
    return text.index(text.startIndex, offsetBy: length)
  }

  /// Whether any text, however nested, holds `[!`: most text holds none, and is left as it is.
  static func containsMarkerStart(_ inlines: [Inline]) -> Bool {
    inlines.contains { inline in
      switch inline {
      case .text(let text): text.containsBytes(of: "[!")
      case .emphasis(let children), .strong(let children): containsMarkerStart(children)
      default: false
      }
    }
  }

  /// The indexes where `[!` starts in a text.
  static func markerStarts(in text: String) -> [String.Index] {
    var starts: [String.Index] = []
    let utf8 = text.utf8
    var index = utf8.startIndex
    while let bracket = utf8[index...].firstIndex(of: UInt8(ascii: "[")) {
      let next = utf8.index(after: bracket)
      if next < utf8.endIndex, utf8[next] == UInt8(ascii: "!") { starts.append(bracket) }
      index = next
    }
    return starts
  }

  private func reportUnknownInlineMarkers(in text: String, at range: SourceRange?) {
    for start in Self.markerStarts(in: text) {
      if let marker = Self.leadingMarker(text[start...]) {
        let name = marker.name.uppercased()
        let isKnown =
          name == "DIV" || name == "INCLUDE" || Self.otherKnownMarkers.contains(name) || name.hasPrefix("CODE-")
          || Alert.Kind.known.contains(Alert.Kind(rawValue: name))
        if !isKnown {
          reportIfUnknown(marker, at: range)
        }
      }
    }
  }

  // MARK: Headings

  /// Lifts a leading `<a name="..."></a>` (or `id=`) out of a heading's inlines.
  static func liftAnchor(_ inlines: [Inline]) -> (String?, [Inline]) {
    guard case .html(let open)? = inlines.first, let name = anchorName(open) else { return (nil, inlines) }
    var rest = Array(inlines.dropFirst())
    if case .html(let close)? = rest.first, isAnchorClose(close) {
      rest.removeFirst()
    }
    if case .text(let text)? = rest.first {
      let trimmed = String(text.drop { $0 == " " || $0 == "\t" })
      if trimmed.isEmpty { rest.removeFirst() } else { rest[0] = .text(trimmed) }
    }
    return (name, rest)
  }

  /// `</a>`, in any case, with spaces anywhere. (No other character lowercases to one of its letters.)
  private static func isAnchorClose(_ html: String) -> Bool {
    let bytes = html.utf8.filter { $0 != UInt8(ascii: " ") }
    return bytes.count == 4 && bytes[0] == UInt8(ascii: "<") && bytes[1] == UInt8(ascii: "/")
      && (bytes[2] == UInt8(ascii: "a") || bytes[2] == UInt8(ascii: "A")) && bytes[3] == UInt8(ascii: ">")
  }

  private static func anchorName(_ html: String) -> String? {
    let lower = html.lowercased()
    guard lower.hasPrefix("<a "), lower.hasSuffix(">") else { return nil }
    let attributes = String(html.dropFirst(3).dropLast())
    return attribute("name", in: attributes) ?? attribute("id", in: attributes)
  }
}
