import DocModel

/// Reads the DocFX constructs of one page: finds their openers among a container's blocks, hands each to
/// its ``DocFXConstructReader``, and gives the readers what they share (a block's content up to its end
/// line, attribute checks, findings).
final class DocFXReading {
  /// Constructs nested deeper than this are left as they are written, reported once.
  static let maximumDepth = 32

  let context: ParseContext
  /// For the container being read: where each `:::` block opened in it ends (the index of its end line), or
  /// `nil` when nothing closes it.
  private var ends: [Int: Int?] = [:]
  /// For the container being read: the `:::` line each block is, if it is one.
  private var lines: [DocFXColonLine?] = []
  /// The content last handed to a reader, with its blocks' lines already read: the container the reader
  /// then asks to be read (``interpret(_:)``) is that content, whose lines are not read again. Without
  /// this, a block left open, whose content is the rest of its container, would have the rest read again
  /// at every depth.
  private var handedOut: (ranges: [SourceRange?], lines: ArraySlice<DocFXColonLine?>)?
  private var depth = 0
  private var reportedDepth = false

  init(context: ParseContext) {
    self.context = context
  }

  // MARK: Grouping

  /// The blocks with every construct among them read; the blocks as they are when none opens there. In a
  /// block quote (`inQuote`), a first paragraph that is a marker alone is the quote's marker, left as it is.
  func group(_ blocks: [Block], inQuote: Bool = false) -> [Block] {
    let handed = handedOut
    handedOut = nil
    guard blocks.contains(where: Self.mayOpen) else { return blocks }
    guard depth < Self.maximumDepth else {
      reportDepthOnce(blocks)
      return blocks
    }
    depth += 1
    let (savedEnds, savedLines) = (ends, lines)
    defer {
      (ends, lines) = (savedEnds, savedLines)
      depth -= 1
    }
    let blocks = Self.splittingColonLines(blocks)
    lines = Self.lines(handed, of: blocks) ?? blocks.map(colonLine)
    ends = matchEnds(blocks)
    var result: [Block] = []
    var index = 0
    while index < blocks.count {
      if let (block, taken) = readConstruct(blocks, at: index, opensQuote: inQuote && index == 0) {
        result.append(block)
        index += max(taken, 1)
        continue
      }
      if let line = lines[index], Self.isEndLine(line.name) {
        report(DocFXUnbalancedBlock.self, DocFXUnbalancedBlock.stray(line.name), at: blocks[index])
        index += 1
        continue
      }
      result.append(blocks[index])
      index += 1
    }
    return result
  }

  private func readConstruct(_ blocks: [Block], at index: Int, opensQuote: Bool) -> (Block, Int)? {
    switch blocks[index] {
    case .paragraph:
      if let line = lines[index] {
        guard let reader = DocFXConstructRegistry.colonLineReaders[line.name.lowercased()] else {
          guard !Self.isEndLine(line.name) else { return nil }
          let read = DocFXUnknownBlock.read(line, blocks, at: index, in: self)
          return (read.block, read.taken)
        }
        return reader.read(blocks, at: index, in: self).map { ($0.block, $0.taken) }
      }
      if !opensQuote, let marker = paragraphMarker(blocks[index]) {
        guard let reader = DocFXConstructRegistry.paragraphMarkerReaders[marker.name.uppercased()] else { return nil }
        return reader.read(blocks, at: index, in: self).map { ($0.block, $0.taken) }
      }
      guard let (name, _) = linkMarker(blocks[index]),
        let reader = DocFXConstructRegistry.linkMarkerReaders[String(name.prefix { $0 != "-" }).uppercased()]
      else { return nil }
      return reader.read(blocks, at: index, in: self).map { ($0.block, $0.taken) }
    case .blockQuote(let quote):
      guard let (marker, _) = DocFXInterpreter.markerAndContent(of: quote),
        let reader = DocFXConstructRegistry.quoteMarkerReaders[marker.name.uppercased()]
      else { return nil }
      return reader.read(blocks, at: index, in: self).map { ($0.block, $0.taken) }
    case .heading(let heading):
      guard Self.tabID(of: heading) != nil else { return nil }
      for reader in DocFXConstructRegistry.tabHeadingReaders {
        if let read = reader.read(blocks, at: index, in: self) { return (read.block, read.taken) }
      }
      return nil
    default:
      return nil
    }
  }

  /// Whether a block could open a construct: cheap, and false for nearly every block.
  private static func mayOpen(_ block: Block) -> Bool {
    switch block {
    case .paragraph(let paragraph):
      if paragraph.inlines.count == 3 || paragraph.inlines.count == 1, case .text(let text) = paragraph.inlines[0],
        text.startsWithBytes(of: "[!")
      {
        return true
      }
      return paragraph.inlines.indices.contains { startsColonLine(paragraph.inlines, at: $0) }
    case .blockQuote(let quote):
      guard case .paragraph(let first)? = quote.blocks.first, case .text(let text)? = first.inlines.first else {
        return false
      }
      return text.startsWithBytes(of: "[!")
    case .heading(let heading): return tabID(of: heading) != nil
    default: return false
    }
  }

  private func reportDepthOnce(_ blocks: [Block]) {
    guard !reportedDepth, let block = blocks.first(where: { colonLine($0) != nil }), let line = colonLine(block) else {
      return
    }
    reportedDepth = true
    report(DocFXUnbalancedBlock.self, DocFXUnbalancedBlock.tooDeep(line.name, depth: Self.maximumDepth), at: block)
  }

  // MARK: What readers share

  /// Reads the blocks inside a construct, with the constructs among them.
  func interpret(_ content: [Block]) -> [Block] {
    group(content)
  }

  /// The `:::` line a block is, if it is a paragraph of one such line.
  func colonLine(_ block: Block) -> DocFXColonLine? {
    guard case .paragraph(let paragraph) = block, paragraph.inlines.allSatisfy({ !Self.isBreak($0) }),
      case .text(let text)? = paragraph.inlines.first, text.startsWithBytes(of: ":::")
    else { return nil }
    return DocFXColonLine.read(Substring(Self.sourceText(paragraph.inlines)))
  }

  /// The `[!NAME[text](address)]` a paragraph wholly is, if it is one: the marker's name as written
  /// (`code-csharp`) and its link.
  func linkMarker(_ block: Block) -> (name: String, link: Inline.Link)? {
    guard case .paragraph(let paragraph) = block, paragraph.inlines.count == 3,
      case .text(let opening) = paragraph.inlines[0], opening.startsWithBytes(of: "[!"),
      case .link(let link) = paragraph.inlines[1],
      case .text(let closing) = paragraph.inlines[2], closing.allSatisfy({ $0 == "]" || $0 == " " || $0 == "\t" }),
      closing.filter({ $0 == "]" }).count == 1
    else { return nil }
    let name = opening.dropFirst(2)
    guard let first = name.first, first.isASCII, first.isLetter,
      name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_+#".contains($0)) })
    else { return nil }
    return (String(name), link)
  }

  /// The `[!NAME argument]` marker a paragraph wholly is, if it is one (a quote's marker without its `>`).
  func paragraphMarker(_ block: Block) -> DocFXInterpreter.Marker? {
    guard case .paragraph(let paragraph) = block, paragraph.inlines.count == 1,
      case .text(let text) = paragraph.inlines[0], let marker = DocFXInterpreter.leadingMarker(text),
      text.dropFirst(marker.length).allSatisfy(\.isWhitespace)
    else { return nil }
    return marker
  }

  /// The blocks between the `:::` line at `index` and its end line, and how many blocks the whole takes
  /// (opening and end lines included); `nil`, reporting nothing, when no end line closes it.
  func closedContent(openedAt index: Int, in blocks: [Block]) -> (blocks: [Block], taken: Int)? {
    guard let end = ends[index] ?? nil else { return nil }
    return (handOut(blocks, (index + 1)..<end), end - index + 1)
  }

  /// The blocks between the `:::` line at `index` and its end line, and how many blocks the whole takes
  /// (opening and end lines included). Without an end line, the content runs to the end of the container,
  /// reported.
  func content(openedAt index: Int, in blocks: [Block], name: String, endName: String) -> (blocks: [Block], taken: Int)
  {
    if let end = ends[index] ?? nil {
      return (handOut(blocks, (index + 1)..<end), end - index + 1)
    }
    report(DocFXUnbalancedBlock.self, DocFXUnbalancedBlock.unclosed(name, end: endName), at: blocks[index])
    return (handOut(blocks, (index + 1)..<blocks.count), blocks.count - index)
  }

  /// The blocks of `range` in the container being read, noted with their lines for ``group(_:)``.
  private func handOut(_ blocks: [Block], _ range: Range<Int>) -> [Block] {
    let content = Array(blocks[range])
    if lines.count == blocks.count { handedOut = (content.map(\.range), lines[range]) }
    return content
  }

  /// The lines of `blocks` when they are the content `handed` out: the same number of blocks at the same
  /// places.
  private static func lines(
    _ handed: (ranges: [SourceRange?], lines: ArraySlice<DocFXColonLine?>)?, of blocks: [Block]
  ) -> [DocFXColonLine?]? {
    guard let handed, handed.ranges.count == blocks.count, zip(handed.ranges, blocks).allSatisfy({ $0 == $1.range })
    else { return nil }
    return Array(handed.lines)
  }

  /// Reports a finding at the start of a block.
  func report(_ rule: any DiagnosticRule.Type, _ message: String, at block: Block) {
    context.report(rule, message, at: block.range?.start ?? SourceLocation(line: 1, column: 1))
  }

  /// Checks a `:::` line's attributes: each of `required` present and not empty, each name among
  /// `required` and `optional`, the attribute text readable. Reports what is wrong; true when nothing is.
  @discardableResult
  func checkAttributes(
    of line: DocFXColonLine, required: [String], optional: [String], at block: Block
  ) -> Bool {
    var valid = true
    if let problem = line.problem {
      report(DocFXInvalidAttribute.self, DocFXInvalidAttribute.unreadable(line.name, problem), at: block)
      valid = false
    }
    // Attributes left unread after an open quote are not reported missing as well.
    for name in required where line.problem == nil && (line.attributes[name] ?? "").isEmpty {
      report(DocFXInvalidAttribute.self, DocFXInvalidAttribute.missing(name, of: line.name), at: block)
      valid = false
    }
    let known = Set(required + optional)
    for attribute in line.attributes.list where !known.contains(attribute.name.lowercased()) {
      report(DocFXInvalidAttribute.self, DocFXInvalidAttribute.unknown(attribute.name, of: line.name), at: block)
    }
    return valid
  }

  // MARK: End lines

  /// Matches every `:::` block opened among `blocks` with its end line, in one pass: an end line closes
  /// the nearest block open with its name; blocks open above that one are closed there too, unclosed.
  private func matchEnds(_ blocks: [Block]) -> [Int: Int?] {
    assert(lines.count == blocks.count)
    var found: [Int: Int?] = [:]
    var open: [(index: Int, endName: String)] = []
    var openCounts: [String: Int] = [:]
    for index in blocks.indices {
      guard let line = lines[index] else { continue }
      let name = line.name.lowercased()
      if Self.isEndLine(name) {
        guard openCounts[name, default: 0] > 0 else { continue }
        while let top = open.popLast() {
          openCounts[top.endName, default: 0] -= 1
          if top.endName == name {
            found[top.index] = index
            break
          }
          found[top.index] = .some(nil)
        }
      } else if let reader = DocFXConstructRegistry.colonLineReaders[name] {
        guard let endName = (reader as? any DocFXContainerReader.Type)?.endName(of: line) else { continue }
        open.append((index, endName))
        openCounts[endName, default: 0] += 1
      } else {
        // An unknown block takes the blocks up to its end line, when it has one.
        let endName = name + "-end"
        open.append((index, endName))
        openCounts[endName, default: 0] += 1
      }
    }
    return found
  }

  private static func isEndLine(_ name: String) -> Bool {
    name.lowercased().hasSuffix("-end")
  }

  // MARK: Paragraph lines

  /// Whether the line of `inlines` starting at `index` (the first inline, or one after a line break) is
  /// a `:::` line.
  private static func startsColonLine(_ inlines: [Inline], at index: Int) -> Bool {
    guard case .text(let text) = inlines[index], text.startsWithBytes(of: ":::") else { return false }
    return index == 0 || isBreak(inlines[index - 1])
  }

  /// The blocks with each paragraph holding a `:::` line split into its `:::` lines, each a paragraph of
  /// its own, and the runs of other lines between them.
  private static func splittingColonLines(_ blocks: [Block]) -> [Block] {
    var result: [Block] = []
    for block in blocks {
      guard case .paragraph(let paragraph) = block,
        paragraph.inlines.indices.contains(where: { startsColonLine(paragraph.inlines, at: $0) }),
        paragraph.inlines.contains(where: isBreak)
      else {
        result.append(block)
        continue
      }
      var lines: [[Inline]] = [[]]
      for inline in paragraph.inlines {
        if isBreak(inline) {
          lines.append([])
        } else {
          lines[lines.count - 1].append(inline)
        }
      }
      let startLine = paragraph.range?.start.line ?? 0
      let column = paragraph.range?.start.column ?? 1
      var run: [Inline] = []
      var runStart = 0
      func flushRun(before line: Int) {
        guard !run.isEmpty else { return }
        let range = paragraph.range.map { _ in
          SourceRange(lines: startLine + runStart, startLine + line - 1, startColumn: column)
        }
        result.append(.paragraph(Paragraph(inlines: run, range: range)))
        run = []
      }
      for (offset, line) in lines.enumerated() {
        if case .text(let text)? = line.first, text.startsWithBytes(of: ":::") {
          flushRun(before: offset)
          let range = paragraph.range.map { _ in
            SourceRange(lines: startLine + offset, startLine + offset, startColumn: column)
          }
          result.append(.paragraph(Paragraph(inlines: line, range: range)))
        } else {
          if run.isEmpty {
            runStart = offset
          } else {
            run.append(.softBreak)
          }
          run += line
        }
      }
      flushRun(before: lines.count)
    }
    return result
  }

  static func isBreak(_ inline: Inline) -> Bool {
    switch inline {
    case .softBreak, .lineBreak: true
    default: false
    }
  }

  /// A line's inlines written back as Markdown-like text, for reading attributes: code spans in backticks,
  /// links and images with their addresses.
  static func sourceText(_ inlines: [Inline]) -> String {
    var text = ""
    for inline in inlines {
      switch inline {
      case .text(let value), .html(let value): text += value
      case .code(let code): text += "`" + code + "`"
      case .softBreak, .lineBreak: text += " "
      case .emphasis(let children): text += "*" + sourceText(children) + "*"
      case .strong(let children): text += "**" + sourceText(children) + "**"
      case .link(let link): text += "[" + sourceText(link.children) + "](" + link.destination + ")"
      case .image(let link): text += "![" + sourceText(link.children) + "](" + link.destination + ")"
      case .include(let include): text += "[!INCLUDE [" + include.title + "](" + include.path + ")]"
      case .xref(let xref):
        switch xref.form {
        case .shorthand: text += xref.written
        case .autolink: text += "<" + xref.written + ">"
        case .link: text += "[" + sourceText(xref.children) + "](" + xref.written + ")"
        }
      }
    }
    return text
  }

  // MARK: Tabs

  /// The id of a tab heading (`x` for `# [Title](#tab/x)`), if the heading is one.
  static func tabID(of heading: Heading) -> String? {
    guard heading.inlines.count == 1, case .link(let link) = heading.inlines[0] else { return nil }
    let prefix = "#tab/"
    guard link.destination.utf8.starts(with: prefix.utf8) else { return nil }
    let id = link.destination.dropFirst(prefix.count)
    return id.isEmpty ? nil : String(id)
  }
}

/// A construct opened by a `:::` line that takes the blocks up to an end line.
protocol DocFXContainerReader: DocFXConstructReader {
  /// The name of the end line that closes a block opened by `line` (`zone-end`), or `nil` when that block
  /// takes no content (an image that is not `complex`).
  static func endName(of line: DocFXColonLine) -> String?
}
