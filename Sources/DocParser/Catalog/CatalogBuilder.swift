public import DocModel

/// Builds the catalog from a read docs folder: finds each catalog's tables in the source locale,
/// turns their rows into entries, and aligns every other locale's rows to them.
///
/// It works from what each page holds for the catalog (``Page``): its place, front matter and catalog rows,
/// which a build may read as it parses each page, without keeping the pages.
public struct CatalogBuilder: Sendable {
  public init() {}

  /// What the catalog needs of a page.
  public struct Page: Sendable {
    public var locale: String
    public var localPath: String
    public var path: String
    public var frontMatter: FrontMatter
    /// The rows of its tables for each catalog that names the page, by catalog name.
    public var rows: [String: Rows]

    /// The page id: its local path without `.md`, the same in every locale.
    var id: String { localPath.hasSuffix(".md") ? String(localPath.dropLast(3)) : localPath }

    public init(locale: String, localPath: String, path: String, frontMatter: FrontMatter, rows: [String: Rows]) {
      self.locale = locale
      self.localPath = localPath
      self.path = path
      self.frontMatter = frontMatter
      self.rows = rows
    }
  }

  /// A page's rows for one catalog, and what reading them found.
  public struct Rows: Sendable {
    public var rows: [CatalogRow]
    public var diagnostics: [Diagnostic]

    public init(rows: [CatalogRow], diagnostics: [Diagnostic]) {
      self.rows = rows
      self.diagnostics = diagnostics
    }
  }

  /// What the catalog needs of a parsed page: its rows for each catalog that names it. With
  /// `keepCellRanges`, each row keeps where its fields' cells are, which only validation uses; without
  /// `keepMarkdown`, its fields keep their text only, all that validation reads of them.
  public static func page(
    _ document: Document, locale: String, localPath: String, path: String, root: String,
    configuration: Configuration, keepCellRanges: Bool = true, keepMarkdown: Bool = true
  ) -> Page {
    var rows: [String: Rows] = [:]
    for definition in configuration.catalogs where definition.includes(page: localPath) {
      var diagnostics: [Diagnostic] = []
      let found = CatalogTableReader(definition: definition, configuration: configuration)
        .rows(
          of: document, locale: locale, file: join(root, path), diagnostics: &diagnostics,
          keepingCellRanges: keepCellRanges, keepingMarkdown: keepMarkdown)
      rows[definition.name] = Rows(rows: found, diagnostics: diagnostics)
    }
    return Page(locale: locale, localPath: localPath, path: path, frontMatter: document.frontMatter, rows: rows)
  }

  public func build(_ docSet: DocSet) -> (Catalog, [Diagnostic]) {
    build(Self.pages(of: docSet), root: docSet.root, configuration: docSet.configuration)
  }

  /// What the catalog needs of every page of a doc set, in its order, read on every core.
  public static func pages(of docSet: DocSet) -> [Page] {
    ConcurrentMap.map(docSet.pages) {
      page(
        $0.document, locale: $0.locale, localPath: $0.localPath, path: $0.path, root: docSet.root,
        configuration: docSet.configuration)
    }
  }

  /// The catalog of `pages` (sorted by path, as a ``DocSet`` sorts them) and what building it found.
  /// Without `makingEntries`, the findings only: the catalog has no entries, and the rows of translations
  /// are not aligned (validation aligns them itself).
  public func build(
    _ pages: [Page], root: String, configuration: Configuration, makingEntries: Bool = true
  ) -> (Catalog, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var entries: [CatalogEntry] = []
    var usedIDs: Set<String> = []
    // The last number each duplicated id was given as a suffix.
    var lastSuffix: [String: Int] = [:]
    var indexes: [String: [String: Int]] = [:]
    for (index, page) in pages.enumerated() where indexes[page.locale]?[page.localPath] == nil {
      indexes[page.locale, default: [:]][page.localPath] = index
    }
    let byLocale = indexes
    let translations: @Sendable (String, String) -> Page? = { localPath, locale in
      byLocale[locale]?[localPath].map { pages[$0] }
    }

    for definition in configuration.catalogs {
      let sourcePages = pages.filter {
        $0.locale == configuration.sourceLocale && definition.includes(page: $0.localPath)
      }
      if sourcePages.isEmpty {
        diagnostics.append(
          CatalogNoPages.finding(
            CatalogNoPages.noPages(catalog: definition.name, sourceLocale: configuration.sourceLocale),
            file: configuration.path ?? root))
      }
      // Pages are aligned, and their rows' ids made, on every core; ids are then made unique in page order,
      // so that a duplicate key always gets its suffix on the same row.
      let results = ConcurrentMap.map(sourcePages) {
        align(
          $0, definition: definition, configuration: configuration, translation: translations,
          makingEntries: makingEntries)
      }
      let rowCount = results.reduce(0) { $0 + $1.ids.count }
      usedIDs.reserveCapacity(usedIDs.count + rowCount)
      if makingEntries { entries.reserveCapacity(entries.count + rowCount) }
      // The first row of each symbol, by its page's path in the docs folder and its line.
      var symbolRows: [String: (path: String, line: Int)] = [:]
      symbolRows.reserveCapacity(rowCount)
      for (sourcePage, result) in zip(sourcePages, results) {
        let file = join(root, sourcePage.path)
        diagnostics += result.diagnostics
        if result.rows.isEmpty {
          diagnostics.append(
            CatalogNoTable.finding(CatalogNoTable.noTable(catalog: definition.name), file: file, line: 1, column: 1))
          continue
        }
        let pageID = sourcePage.id
        // By index: a row is only read for the line of a duplicate, not copied for each entry.
        for index in result.ids.indices {
          var id = result.ids[index]
          var symbol = result.symbols[index]
          if !usedIDs.insert(id).inserted {
            diagnostics.append(
              CatalogDuplicateKey.finding(
                CatalogDuplicateKey.sameKey(definition.key),
                file: file, line: result.rows[index].line, column: 1))
            // Numbering goes on from the last suffix this id was given: those before it are all taken still.
            var counter = lastSuffix[id] ?? 1
            repeat { counter += 1 } while usedIDs.contains("\(id)-\(counter)")
            lastSuffix[id] = counter
            id = "\(id)-\(counter)"
            usedIDs.insert(id)
            // A symbol made from the key follows its id's number: the duplicate key is reported already.
            if definition.symbol == nil { symbol += String(counter) }
          }
          let line = result.rows[index].line
          if let first = symbolRows[symbol] {
            diagnostics.append(
              CatalogSymbolCollision.finding(
                CatalogSymbolCollision.sameSymbol(symbol, path: first.path, line: first.line),
                file: file, line: line, column: 1))
          } else {
            symbolRows[symbol] = (sourcePage.path, line)
          }
          if makingEntries {
            entries.append(
              CatalogEntry(
                id: id, catalog: definition.name, page: pageID, locales: result.localized[index], symbol: symbol))
          }
        }
      }
    }

    let catalogPages = pages.map { page in
      CatalogPage(
        id: page.id, locale: page.locale, path: page.path, title: page.frontMatter.title,
        frontMatter: Dictionary(
          page.frontMatter.fields.map { ($0.key, JSONValue($0.value)) },
          uniquingKeysWith: { first, _ in first }))
    }
    let catalog = Catalog(
      sourceLocale: configuration.sourceLocale, locales: configuration.orderedLocales,
      catalogs: configuration.catalogs, pages: catalogPages, entries: entries)
    return (catalog, diagnostics.sorted())
  }

  /// A source page's catalog rows, each with its text in every locale (aligned, or the source's as fallback).
  private struct AlignedRows: Sendable {
    var rows: [CatalogRow]
    var localized: [[String: LocalizedEntry]]
    /// Each row's id from its key (``EntryID``), before duplicates get their suffix.
    var ids: [String]
    /// Each row's name in generated code (``EntrySymbol``), before duplicates of the key get their number.
    var symbols: [String]
    var diagnostics: [Diagnostic]
  }

  private func align(
    _ sourcePage: Page, definition: CatalogDefinition, configuration: Configuration,
    translation: (String, String) -> Page?, makingEntries: Bool
  ) -> AlignedRows {
    let source = sourcePage.rows[definition.name] ?? Rows(rows: [], diagnostics: [])
    var diagnostics = source.diagnostics
    let sourceRows = source.rows
    guard !sourceRows.isEmpty else {
      return AlignedRows(rows: [], localized: [], ids: [], symbols: [], diagnostics: diagnostics)
    }
    var localized: [[String: LocalizedEntry]] =
      makingEntries
      ? sourceRows.map { [configuration.sourceLocale: $0.entry(path: sourcePage.path, fallback: false)] }
      : Array(repeating: [:], count: sourceRows.count)
    let untranslated = definition.fields.indices.filter { !definition.fields[$0].translated }
    for locale in configuration.orderedLocales where locale != configuration.sourceLocale {
      var targetRows: [CatalogRow] = []
      var targetPath = sourcePage.path
      if let page = translation(sourcePage.localPath, locale) {
        targetPath = page.path
        let target = page.rows[definition.name] ?? Rows(rows: [], diagnostics: [])
        targetRows = target.rows
        diagnostics += target.diagnostics
      }
      guard makingEntries else { continue }
      let alignment = RowAligner.align(source: sourceRows, target: targetRows, definition: definition)
      for (index, match) in alignment.enumerated() {
        if let match {
          // A field that is not translated keeps the source's value: validation reports a translation that
          // changed it.
          var entry = targetRows[match].entry(path: targetPath, fallback: false)
          for field in untranslated { entry.values[field] = localized[index][configuration.sourceLocale]![field] }
          localized[index][locale] = entry
        } else {
          localized[index][locale] = sourceRows[index].entry(path: sourcePage.path, fallback: true)
        }
      }
    }
    let ids = sourceRows.map { row in EntryID.make(row, definition: definition) }
    let symbols = sourceRows.map { row in EntrySymbol.name(of: { row[$0].text }, definition: definition) }
    return AlignedRows(rows: sourceRows, localized: localized, ids: ids, symbols: symbols, diagnostics: diagnostics)
  }
}

/// One row of a catalog table: its cells' values, in the order of its catalog's fields.
public struct CatalogRow: Sendable {
  /// The value of each field, by its index in ``CatalogDefinition/fields``; empty where the table has no
  /// column for it.
  public var values: [CatalogValue]
  public var line: Int
  /// Where each field's cell is in the page, when the parser knew and they were kept (for validation).
  public var cellRanges: [SourceRange?] {
    get { cellRangeBox?.ranges ?? [] }
    set { cellRangeBox = CellRangeBox(ranges: newValue) }
  }
  /// Boxed, so that a row without them (in a build, hundreds of thousands of rows) takes 8 bytes for them.
  private var cellRangeBox: CellRangeBox?

  private final class CellRangeBox: Sendable {
    let ranges: [SourceRange?]
    init(ranges: [SourceRange?]) { self.ranges = ranges }
  }

  public init(values: [CatalogValue], line: Int) {
    self.values = values
    self.line = line
  }

  /// The value of the field at `index`, or an empty one (inlinable: see ``LocalizedEntry/subscript(_:)``).
  @inlinable
  public subscript(index: Int) -> CatalogValue {
    index < values.count ? values[index] : .empty
  }

  /// Where the cell of the field at `index` is, if known.
  public func cellRange(_ index: Int) -> SourceRange? {
    let ranges = cellRanges
    return index < ranges.count ? ranges[index] : nil
  }

  func entry(path: String, fallback: Bool) -> LocalizedEntry {
    LocalizedEntry(values: values, path: path, line: line, fallback: fallback)
  }
}

/// Finds a page's catalog tables (those whose header names the catalog's columns) and reads their rows.
public struct CatalogTableReader: Sendable {
  let definition: CatalogDefinition
  let configuration: Configuration

  public init(definition: CatalogDefinition, configuration: Configuration) {
    self.definition = definition
    self.configuration = configuration
  }

  /// The rows of the page's catalog tables; with `keepingCellRanges`, each knows where its cells are, and
  /// without `keepingMarkdown`, its fields hold their text only.
  public func rows(
    of document: Document, locale: String, file: String, diagnostics: inout [Diagnostic],
    keepingCellRanges: Bool = true, keepingMarkdown: Bool = true
  ) -> [CatalogRow] {
    let fields = definition.fields
    let identifying = definition.identifyingField
    let catalogTables = document.tables.compactMap { table -> (Table, [Int?])? in
      let columns = columnFields(table.header.cells.map(\.text), locale: locale)
      return columns.contains(identifying) ? (table, columns) : nil
    }
    // Values of a field that is not translated are read as their type in the source locale only: a
    // translation must keep them as written, which validation checks.
    let isSource = locale == configuration.sourceLocale
    let keyIndex = definition.keyIndexes.first
    var rows: [CatalogRow] = []
    // Rows are kept until the catalog is built: room for them all at once, not up to twice as much by doubling.
    rows.reserveCapacity(catalogTables.reduce(0) { $0 + $1.0.rows.count })
    for (table, columns) in catalogTables {
      for (index, field) in fields.enumerated() where !columns.contains(index) {
        diagnostics.append(
          CatalogMissingColumn.finding(
            CatalogMissingColumn.noColumn(field.name, header: headerNames(field, locale).first ?? field.name),
            file: file, line: table.header.range?.start.line ?? 0, column: 1))
      }
      for row in table.rows {
        // A row of empty cells (`|||||`, a spacer some pages end their table with) is no entry.
        if row.cells.allSatisfy({ $0.inlines.isEmpty }) {
          diagnostics.append(
            TableEmptyRow.finding(
              TableEmptyRow.emptyRow, file: file, line: row.range?.start.line ?? 0, column: row.range?.start.column ?? 1
            ))
          continue
        }
        var values = [CatalogValue](repeating: .empty, count: fields.count)
        var cellRanges = [SourceRange?](repeating: nil, count: keepingCellRanges ? fields.count : 0)
        var filled = [Bool](repeating: false, count: fields.count)
        for (column, fieldIndex) in columns.enumerated() {
          guard let fieldIndex, column < row.cells.count, !filled[fieldIndex] else { continue }
          filled[fieldIndex] = true
          let cell = row.cells[column]
          var field = fields[fieldIndex]
          if !isSource && !field.translated { field.type = field.type == .markdown ? .markdown : .text }
          let (value, problem) = FieldReader.read(cell, as: field, keepingMarkdown: keepingMarkdown)
          values[fieldIndex] = value
          if keepingCellRanges { cellRanges[fieldIndex] = cell.range }
          // An empty key cell has a finding of its own.
          if let problem, isSource, fieldIndex != keyIndex || !value.text.isEmpty {
            let start = cell.range?.start ?? row.range?.start
            diagnostics.append(
              CatalogInvalidValue.finding(problem, file: file, line: start?.line ?? 0, column: start?.column ?? 1))
          }
        }
        // Translations of an empty key are checked against their source; the source is where to fix it.
        if isSource, let keyIndex, values[keyIndex].text.isEmpty {
          diagnostics.append(
            TableEmptyKeyCell.finding(
              TableEmptyKeyCell.emptyCell(fields[keyIndex].name), file: file,
              line: row.range?.start.line ?? 0, column: 1))
        }
        var catalogRow = CatalogRow(values: values, line: row.range?.start.line ?? 0)
        if keepingCellRanges { catalogRow.cellRanges = cellRanges }
        rows.append(catalogRow)
      }
    }
    return rows
  }

  /// The field each column feeds, by index, matching header texts of this locale, then of the source
  /// locale, then of any locale (machine translation often leaves headers untranslated).
  private func columnFields(_ headers: [String], locale: String) -> [Int?] {
    headers.map { header in
      let normalized = Self.normalize(header)
      return definition.fields.firstIndex { field in
        headerNames(field, locale).contains(where: { Self.normalize($0) == normalized })
      }
    }
  }

  private func headerNames(_ field: CatalogField, _ locale: String) -> [String] {
    let perLocale = field.header
    var names = perLocale[locale] ?? []
    names += perLocale[configuration.sourceLocale] ?? []
    for key in perLocale.keys.sorted() where key != locale && key != configuration.sourceLocale {
      names += perLocale[key] ?? []
    }
    return names
  }

  /// Header text compared without case, surrounding space or the brackets MT sometimes adds (`[説明]`).
  public static func normalize(_ header: String) -> String {
    var text = String(header.trimmingWhitespace())
    if text.hasPrefix("[") && text.hasSuffix("]") && text.count >= 2 {
      text = String(text.dropFirst().dropLast().trimmingWhitespace())
    }
    return text.lowercased()
  }
}
