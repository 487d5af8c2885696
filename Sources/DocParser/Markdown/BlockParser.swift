import DocModel

/// Parses a text with libcmark and converts the tree into ``Block`` values, building GFM pipe tables
/// from paragraphs on the way.
///
/// Two walks over libcmark's tree: the first finds the paragraphs that hold a table (reading their source
/// lines with the container prefixes stripped); then all table cells are parsed in one libcmark call; the
/// second walk converts. Text around a table inside the same paragraph is parsed again on its own, as
/// cmark-gfm would have parsed it after closing the paragraph or the table.
final class BlockParser {
  /// Containers nested deeper than this are flattened, so later recursive passes stay shallow.
  static let maximumContainerDepth = 100
  /// Fragments re-parsed from fragments stop here.
  static let maximumFragmentDepth = 32

  private let text: SourceText
  private let map: LineMap
  private let context: ParseContext
  private let fragmentDepth: Int
  /// Blocks starting after this line come from appended reference definitions and are dropped.
  private let lineLimit: Int
  /// False for the paragraph text before a table, already searched (with its laziness) and found to hold none.
  private let findsTables: Bool
  /// Lines of a fragment that were lazy continuation lines in the page: they cannot continue a table.
  private let lazyLines: Set<Int>
  /// Whether table cells are taken from libcmark's reading of their paragraph where it agrees with reading
  /// each cell on its own (``FirstPassCells``); only the page itself, not a fragment read again, is read so.
  private var readsFirstPassCells: Bool { fragmentDepth == 0 && map.lines.isEmpty && context.readsFirstPassCells }

  init(
    text: SourceText, map: LineMap, context: ParseContext, fragmentDepth: Int = 0, lineLimit: Int = .max,
    findsTables: Bool = true, lazyLines: Set<Int> = []
  ) {
    self.lazyLines = lazyLines
    self.text = text
    self.map = map
    self.context = context
    self.fragmentDepth = fragmentDepth
    self.lineLimit = lineLimit
    self.findsTables = findsTables
  }

  /// A paragraph (or setext heading) that holds a table.
  private struct TableSite {
    /// The block quotes and list items around the paragraph.
    var containers: [ContainerPrefix]
    var lines: [ParagraphLine]
    var found: TableFinder.FoundTable
    var table: Table?
  }

  func parse() -> [Block] {
    guard let tree = CMarkTree(bytes: text.bytes) else { return [] }
    var sites = findTables(in: tree)
    buildTables(&sites)
    return convert(tree, sites: sites)
  }

  // MARK: Pass 1: find tables

  private func findTables(in tree: CMarkTree) -> [OpaquePointer: TableSite] {
    var sites: [OpaquePointer: TableSite] = [:]
    var containers: [ContainerPrefix] = []
    var rawBlocks: [ClosedRange<Int>] = []
    var tableLines: [ClosedRange<Int>] = []
    var paragraphs: [ClosedRange<Int>] = []
    let bytes = text.bytes
    var finder = TableFinder(bytes: bytes) { CellInlineParser.startsBlock(bytes[$0]) }
    finder.endsAtDocFXMarkers = context.interpretsDocFX
    let walker = CMarkWalker(root: tree.root)
    var markerColumns = ColumnCursor()
    // The line each open container starts on and the column where its content starts on that line. An item
    // opened on the line its parent opened on (`- - a`, `> - a`) counts its indentation from the parent's
    // content column there: the line's own prefixes cannot be read, as it holds the parent's marker.
    var openings: [(line: Int, contentColumn: Int)] = []
    func open(_ container: ContainerPrefix, line: Int, contentColumn: Int) {
      containers.append(container)
      openings.append((line, contentColumn))
    }
    func closeContainer() {
      containers.removeLast()
      openings.removeLast()
    }
    /// Where the content of the containers around a container starting on `line` begins on that line.
    func parentColumn(line: Int, range: Range<Int>) -> Int {
      if let parent = openings.last, parent.line == line { return parent.contentColumn }
      return LineScanner.paragraphLine(line, in: bytes, lineRange: range, containers: containers).prefixColumn
    }
    while let (node, event) = walker.next() {
      switch CMarkNode.kind(node) {
      case .blockQuote:
        guard event == .enter else {
          closeContainer()
          continue
        }
        let (line, column, _, _) = CMarkNode.position(node)
        let range = text.lineRange(line)
        let markerOffset = min(range.lowerBound + max(column - 1, 0), range.upperBound)
        // '>' and one optional space, or the first column of a tab.
        var contentColumn = markerColumns.column(of: markerOffset, in: bytes, lineStart: range.lowerBound) + 1
        if markerOffset + 1 < range.upperBound, bytes[markerOffset + 1] == 0x20 || bytes[markerOffset + 1] == 0x09 {
          contentColumn += 1
        }
        open(.blockQuote, line: line, contentColumn: contentColumn)
      case .item:
        guard event == .enter else {
          closeContainer()
          continue
        }
        let (line, column, _, _) = CMarkNode.position(node)
        let range = text.lineRange(line)
        let parent = parentColumn(line: line, range: range)
        let markerOffset = min(range.lowerBound + max(column - 1, 0), range.upperBound)
        let item = ContainerPrefix.listItem(
          line: bytes, lineRange: range, markerOffset: markerOffset,
          markerColumn: markerColumns.column(of: markerOffset, in: bytes, lineStart: range.lowerBound),
          parentColumn: parent)
        var contentColumn = parent
        if case .listItem(let indent) = item { contentColumn += indent }
        open(item, line: line, contentColumn: contentColumn)
      case .paragraph, .heading:
        guard event == .enter else { continue }
        walker.skipChildren(of: node)
        let (startLine, startColumn, reportedEndLine, endColumn) = CMarkNode.position(node)
        // libcmark ends a block followed by a blank line at column 0 of that blank line.
        let endLine = endColumn == 0 ? reportedEndLine - 1 : reportedEndLine
        guard endLine > startLine, startLine >= 1 else {
          if startLine >= 1 && endLine >= startLine { paragraphs.append(startLine...endLine) }
          continue
        }
        var lines: [ParagraphLine] = []
        lines.reserveCapacity(endLine - startLine + 1)
        for number in startLine...endLine {
          let range = text.lineRange(number)
          if number == startLine {
            let start = min(range.lowerBound + max(startColumn - 1, 0), range.upperBound)
            lines.append(
              ParagraphLine(
                number: number, content: start..<range.upperBound, afterPrefix: start,
                prefixColumn: LineScanner.column(of: start, in: bytes, lineStart: range.lowerBound), indent: 0,
                isLazy: false, matchedDepth: containers.count))
          } else {
            var line = LineScanner.paragraphLine(number, in: bytes, lineRange: range, containers: containers)
            if containers.isEmpty && lazyLines.contains(number) { line.isLazy = true }
            lines.append(line)
          }
        }
        var delimiterBefore = lines.count
        if CMarkNode.kind(node) == .heading {
          // libcmark may end a setext heading on the line after its underline, so find the underline, which is
          // never a delimiter row: the setext check comes before the table extension's in cmark-gfm too. The
          // line after it may be a link reference definition.
          guard let underline = lines.indices.dropFirst().first(where: { isSetextUnderline(lines[$0]) }) else {
            paragraphs.append(startLine...endLine)
            continue
          }
          lines.removeSubrange((underline + 1)...)
          delimiterBefore = underline
        }
        paragraphs.append(startLine...lines[lines.count - 1].number)
        guard findsTables else { continue }
        let (table, nearMisses) = finder.firstTable(in: lines, delimiterBefore: delimiterBefore)
        for miss in nearMisses {
          let line = lines[miss.index]
          context.report(
            TableDelimiterMismatch.self,
            TableDelimiterMismatch.cellCounts(delimiter: miss.delimiterCells, header: miss.headerCells),
            at: map.location(
              line: line.number, column: line.content.lowerBound - text.lineRange(line.number).lowerBound + 1))
        }
        if let found = table {
          sites[node] = TableSite(containers: containers, lines: lines, found: found)
          // cmark-gfm reads no link reference definitions in a table, nor in the paragraph text before it.
          tableLines.append(lines[0].number...lines[found.endIndex - 1].number)
        }
      case .codeBlock, .htmlBlock:
        let (startLine, _, endLine, _) = CMarkNode.position(node)
        if startLine >= 1 && endLine >= startLine { rawBlocks.append(startLine...endLine) }
      default:
        break
      }
    }
    if fragmentDepth == 0 {
      context.referenceDefinitions = ReferenceDefinitions.collect(
        in: text, excluding: rawBlocks + tableLines, paragraphs: paragraphs)
    }
    return sites
  }

  /// `===` or `---` (any length) with nothing after but spaces, on a line that continues the paragraph.
  private func isSetextUnderline(_ line: ParagraphLine) -> Bool {
    guard !line.isLazy, line.indent < 4, let first = line.content.first.map({ text.bytes[$0] }),
      first == UInt8(ascii: "=") || first == UInt8(ascii: "-")
    else { return false }
    var index = line.content.lowerBound
    while index < line.content.upperBound, text.bytes[index] == first { index += 1 }
    while index < line.content.upperBound, text.bytes[index] == 0x20 || text.bytes[index] == 0x09 { index += 1 }
    return index == line.content.upperBound
  }

  // MARK: Cells

  private func buildTables(_ sites: inout [OpaquePointer: TableSite]) {
    guard !sites.isEmpty else { return }
    // Document order keeps cell parsing deterministic.
    let ordered = sites.map { ($0.key, $0.value.lines[0].number) }.sorted { $0.1 < $1.1 }.map(\.0)
    var spans: [Range<Int>] = []
    var inlines: [[Inline]] = []
    // The cells that libcmark's reading of their paragraph cannot give, to be read on their own.
    var unread: [Int] = []
    for key in ordered {
      let site = sites[key]!
      let first = spans.count
      var rows: [FirstPassCells.Row] = []
      rows.reserveCapacity(site.found.cells.count)
      spans.reserveCapacity(spans.count + site.found.cells.reduce(0) { $0 + $1.count })
      let lineIndexes = [site.found.headerIndex] + site.found.bodyIndexes
      for (rowIndex, row) in site.found.cells.enumerated() {
        let cells = row.map { PipeTableScanner.trimmed(text.bytes, $0) }
        spans += cells
        rows.append(FirstPassCells.Row(line: site.lines[lineIndexes[rowIndex]].number, cells: cells))
      }
      let read =
        readsFirstPassCells && CMarkNode.kind(key) == .paragraph
        ? FirstPassCells.inlines(
          of: key, rows: rows, delimiterLine: site.lines[site.found.delimiterIndex].number, in: text,
          findsShorthands: context.mayHoldXrefShorthands)
        : nil
      if let read {
        inlines += read
      } else {
        inlines += Array(repeating: [], count: spans.count - first)
        unread += first..<spans.count
      }
    }
    // Each cell's Markdown, when kept; the cells read on their own need theirs all the same.
    let keepsMarkdown = context.keepsCellMarkdown
    let markdown = keepsMarkdown ? spans.map { PipeTableScanner.cellMarkdown(text.bytes, $0) } : []
    if !unread.isEmpty {
      let sources = unread.map { keepsMarkdown ? markdown[$0] : PipeTableScanner.cellMarkdown(text.bytes, spans[$0]) }
      let parsed = CellInlineParser.parse(
        sources, referenceDefinitions: context.referenceDefinitions, findsShorthands: context.mayHoldXrefShorthands)
      for (index, cellInlines) in zip(unread, parsed) { inlines[index] = cellInlines }
    }
    var next = 0
    for key in ordered {
      var site = sites[key]!
      var rows: [Table.Row] = []
      rows.reserveCapacity(site.found.cells.count)
      let lineIndexes = [site.found.headerIndex] + site.found.bodyIndexes
      for (rowIndex, row) in site.found.cells.enumerated() {
        let line = site.lines[lineIndexes[rowIndex]]
        var cells: [TableCell] = []
        cells.reserveCapacity(row.count)
        for _ in row {
          cells.append(
            TableCell(
              markdown: keepsMarkdown ? markdown[next] : "", inlines: inlines[next],
              range: cellRange(line: line.number, start: spans[next].lowerBound, end: spans[next].upperBound)))
          next += 1
        }
        let lineIndex = lineIndexes[rowIndex]
        let splitCodeSpans = reportPipesInCodeSpans(cells, spans: spans[(next - cells.count)..<next])
        // One finding a defect: a row without pipes, or cut by pipes in code spans, is not also miscounted.
        let explained =
          site.found.pipelessRows.contains(lineIndex)
          || (splitCodeSpans > 0 && cells.count - site.found.alignments.count == splitCodeSpans)
        rows.append(makeRow(cells, line: line, columns: site.found.alignments.count, reportsCount: !explained))
      }
      for index in site.found.pipelessRows {
        let line = site.lines[index]
        context.report(
          TableRendererDifference.self, TableRendererDifference.rowWithoutPipe,
          at: map.location(line: line.number, column: column(of: line.content.lowerBound, line: line.number)))
      }
      let first = site.lines[site.found.headerIndex]
      let last = site.lines[(site.found.bodyIndexes.last ?? site.found.delimiterIndex)]
      let start = map.location(line: first.number, column: column(of: first.content.lowerBound, line: first.number))
      let end = map.location(
        line: last.number, column: max(column(of: last.content.upperBound, line: last.number) - 1, 1))
      site.table = Table(
        header: rows[0], alignments: site.found.alignments, rows: Array(rows.dropFirst()),
        delimiterLine: map.location(line: site.lines[site.found.delimiterIndex].number, column: 1).line,
        range: SourceRange(start: start, end: end))
      sites[key] = site
    }
  }

  /// A backtick left unmatched in a cell and another in the next one: the pipe between them was meant to be
  /// inside a code span, where GFM still reads it as a cell boundary.
  /// - Returns: how many such pipes the row has.
  private func reportPipesInCodeSpans(_ cells: [TableCell], spans: ArraySlice<Range<Int>>) -> Int {
    guard cells.count >= 2 else { return 0 }
    // A cell's text can hold a backtick only if its bytes hold one, or an entity that makes one: most cells'
    // inlines need not be searched.
    func cellHasLiteralBacktick(_ index: Int) -> Bool {
      let span = spans[spans.startIndex + index]
      let mayHold = text.bytes.withUnsafeBufferPointer { buffer in
        let bytes = UnsafeBufferPointer(rebasing: buffer[span])
        return ByteSearch.offset(of: UInt8(ascii: "`"), in: bytes) != nil
          || ByteSearch.offset(of: UInt8(ascii: "&"), in: bytes) != nil
      }
      return mayHold && Self.hasLiteralBacktick(cells[index].inlines)
    }
    var count = 0
    for index in 0..<(cells.count - 1) where cellHasLiteralBacktick(index) && cellHasLiteralBacktick(index + 1) {
      guard let end = cells[index].range?.end else { continue }
      count += 1
      context.report(
        TablePipeInCodeSpan.self, TablePipeInCodeSpan.pipeEndsCell,
        at: SourceLocation(line: end.line, column: end.column + 1))
    }
    return count
  }

  private static func hasLiteralBacktick(_ inlines: [Inline]) -> Bool {
    inlines.contains { inline in
      switch inline {
      case .text(let text): text.containsBytes(of: "`")
      case .emphasis(let children), .strong(let children): hasLiteralBacktick(children)
      default: false
      }
    }
  }

  private func makeRow(_ cells: [TableCell], line: ParagraphLine, columns: Int, reportsCount: Bool) -> Table.Row {
    let rowStart = map.location(line: line.number, column: column(of: line.content.lowerBound, line: line.number))
    let rowEnd = map.location(
      line: line.number, column: max(column(of: line.content.upperBound, line: line.number) - 1, 1))
    let range = SourceRange(start: rowStart, end: rowEnd)
    guard cells.count != columns else { return Table.Row(cells: cells, range: range) }
    if cells.count > columns {
      let firstExtra = cells[columns].range?.start ?? rowStart
      if reportsCount {
        context.report(
          TableCellCountMismatch.self, TableCellCountMismatch.extraCells(cells.count, header: columns), at: firstExtra)
      }
      return Table.Row(cells: Array(cells.prefix(columns)), extraCells: Array(cells.dropFirst(columns)), range: range)
    }
    if reportsCount {
      context.report(
        TableCellCountMismatch.self, TableCellCountMismatch.missingCells(cells.count, header: columns), at: rowEnd)
    }
    let padding = [TableCell](repeating: TableCell(markdown: "", inlines: [], range: nil), count: columns - cells.count)
    return Table.Row(cells: cells + padding, writtenCellCount: cells.count, range: range)
  }

  private func column(of offset: Int, line: Int) -> Int {
    offset - text.lineRange(line).lowerBound + 1
  }

  private func cellRange(line: Int, start: Int, end: Int) -> SourceRange {
    let first = map.location(line: line, column: column(of: start, line: line))
    let last = map.location(line: line, column: max(column(of: end, line: line) - 1, column(of: start, line: line)))
    return SourceRange(start: first, end: last)
  }

  // MARK: Pass 2: convert

  private enum ContainerKind {
    case document
    case blockQuote(SourceRange?)
    case list(ordered: Bool, start: Int, tight: Bool, range: SourceRange?)
    case item(SourceRange?)
    /// A container past the depth limit: its blocks go to its parent.
    case flattened
  }

  private struct Container {
    var kind: ContainerKind
    var blocks: [Block] = []
    var items: [List.Item] = []
  }

  private func convert(_ tree: CMarkTree, sites: [OpaquePointer: TableSite]) -> [Block] {
    var stack = [Container(kind: .document)]
    let walker = CMarkWalker(root: tree.root)
    func append(_ blocks: [Block]) { stack[stack.count - 1].blocks.append(contentsOf: blocks) }

    while let (node, event) = walker.next() {
      let kind = CMarkNode.kind(node)
      let position = CMarkNode.position(node)
      if stack.count == 1, event == .enter, position.0 > lineLimit, kind != .document {
        walker.skipChildren(of: node)
        continue
      }
      switch kind {
      case .blockQuote, .list, .item:
        if event == .enter {
          let range = map.range(position)
          if stack.count > Self.maximumContainerDepth {
            context.reportDeepNesting(at: range?.start ?? SourceLocation(line: 1, column: 1))
            stack.append(Container(kind: .flattened))
          } else if kind == .blockQuote {
            stack.append(Container(kind: .blockQuote(range)))
          } else if kind == .list {
            stack.append(
              Container(
                kind: .list(
                  ordered: CMarkNode.isOrderedList(node), start: CMarkNode.listStart(node),
                  tight: CMarkNode.isTightList(node), range: range)))
          } else {
            stack.append(Container(kind: .item(range)))
          }
        } else {
          let done = stack.removeLast()
          switch done.kind {
          case .blockQuote(let range):
            append([.blockQuote(BlockQuote(blocks: done.blocks, range: range))])
          case .list(let ordered, let start, let tight, let range):
            append([.list(List(ordered: ordered, start: start, tight: tight, items: done.items, range: range))])
          case .item(let range):
            if case .list = stack[stack.count - 1].kind {
              stack[stack.count - 1].items.append(List.Item(blocks: done.blocks, range: range))
            } else {
              append(done.blocks)
            }
          case .flattened, .document:
            append(done.blocks)
            if !done.items.isEmpty { append(done.items.flatMap(\.blocks)) }
          }
        }
      case .paragraph, .heading:
        guard event == .enter else { continue }
        walker.skipChildren(of: node)
        if let site = sites[node], let table = site.table {
          append(blocks(around: table, in: site))
        } else if kind == .paragraph {
          append([
            .paragraph(
              Paragraph(
                inlines: InlineConverter.convertChildren(of: node, findsShorthands: context.mayHoldXrefShorthands),
                range: map.range(position)))
          ]
          )
        } else {
          append([
            .heading(
              Heading(
                level: CMarkNode.headingLevel(node),
                inlines: InlineConverter.convertChildren(of: node, findsShorthands: context.mayHoldXrefShorthands),
                range: map.range(position)))
          ])
        }
      case .codeBlock:
        append([
          .codeBlock(
            CodeBlock(info: CMarkNode.fenceInfo(node), code: CMarkNode.literal(node), range: map.range(position)))
        ])
      case .htmlBlock:
        append([.htmlBlock(HTMLBlock(html: CMarkNode.literal(node), range: map.range(position)))])
      case .thematicBreak:
        append([.thematicBreak(map.range(position))])
      default:
        continue
      }
    }
    return stack.first?.blocks ?? []
  }

  /// The table, with the paragraph text before it and the text after it parsed again on their own.
  private func blocks(around table: Table, in site: TableSite) -> [Block] {
    var blocks: [Block] = []
    if site.found.headerIndex > 0 {
      blocks += parseFragment(site.lines[0..<site.found.headerIndex], isTextBeforeTable: true)
    }
    blocks.append(.table(table))
    if site.found.endIndex < site.lines.count {
      var rest = Array(site.lines[site.found.endIndex...])
      // A lazy line closes the containers it lacks: from there on, lines are read at its depth, so that
      // a later `>` opens a new block quote instead of continuing the old one.
      var depth = site.containers.count
      if let first = rest.first, first.isLazy {
        depth = first.matchedDepth
        let containers = Array(site.containers.prefix(depth))
        rest = rest.map {
          LineScanner.paragraphLine(
            $0.number, in: text.bytes, lineRange: text.lineRange($0.number), containers: containers)
        }
      }
      blocks += parseFragment(rest[...], isTextBeforeTable: false, depth: depth)
    }
    return blocks
  }

  /// Parses some lines of a paragraph as a document of their own, mapping positions back to the page.
  ///
  /// The text before a table gets the page's link definitions (it is one paragraph) and no table search;
  /// the text after it starts afresh, as cmark-gfm reads it after closing the table.
  private func parseFragment(_ lines: ArraySlice<ParagraphLine>, isTextBeforeTable: Bool, depth: Int = 0) -> [Block] {
    var bytes: [UInt8] = []
    var fragmentMap = LineMap()
    if isTextBeforeTable {
      // cmark-gfm never reads link reference definitions from the text before a table: a no-break space
      // (removed again below) keeps libcmark from reading them, and changes nothing else.
      bytes.append(contentsOf: [0xC2, 0xA0])
    }
    for line in lines {
      let lineStart = text.lineRange(line.number).lowerBound
      // Indentation keeps its width: a tab after a stripped prefix reaches the next tab stop of the page line.
      var index = line.afterPrefix
      while index < line.content.lowerBound, text.bytes[index] == 0x09 || text.bytes[index] == 0x20 { index += 1 }
      let width = LineScanner.column(of: index, in: text.bytes, lineStart: lineStart) - line.prefixColumn
      bytes.append(contentsOf: repeatElement(0x20, count: width))
      bytes.append(contentsOf: text.bytes[index..<line.content.upperBound])
      bytes.append(0x0A)
      let location = map.location(line: line.number, column: line.afterPrefix - lineStart + 1)
      fragmentMap.lines.append(location.line)
      fragmentMap.columnShifts.append(location.column - 1)
    }
    guard fragmentDepth < Self.maximumFragmentDepth else {
      let text = String(decoding: bytes, as: UTF8.self)
      return [.paragraph(Paragraph(inlines: [.text(text)], range: fragmentMap.range((1, 1, lines.count, 1))))]
    }
    if isTextBeforeTable {
      bytes.append(0x0A)
      bytes.append(contentsOf: context.referenceDefinitions)
    }
    if isTextBeforeTable, !fragmentMap.columnShifts.isEmpty { fragmentMap.columnShifts[0] -= 2 }
    let parser = BlockParser(
      text: SourceText(bytes: bytes), map: fragmentMap, context: context, fragmentDepth: fragmentDepth + 1,
      lineLimit: lines.count, findsTables: !isTextBeforeTable,
      lazyLines: Set(lines.enumerated().filter { $0.element.matchedDepth < depth }.map { $0.offset + 1 }))
    var blocks = parser.parse()
    if isTextBeforeTable, case .paragraph(var paragraph)? = blocks.first {
      paragraph.inlines = InlineConverter.removingLeadingNoBreakSpace(paragraph.inlines)
      blocks[0] = .paragraph(paragraph)
    }
    return blocks
  }
}
