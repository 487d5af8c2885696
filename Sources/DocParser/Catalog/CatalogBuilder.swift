public import DocModel

/// Builds the catalog from a read docs folder: finds each catalog's tables in the source locale,
/// turns their rows into entries, and aligns every other locale's rows to them.
public struct CatalogBuilder: Sendable {
  public init() {}

  public func build(_ docSet: DocSet) -> (Catalog, [Diagnostic]) {
    let configuration = docSet.configuration
    var diagnostics: [Diagnostic] = []
    var entries: [CatalogEntry] = []
    var usedIDs: Set<String> = []

    for definition in configuration.catalogs {
      let sourcePages = docSet.pages.filter {
        $0.locale == configuration.sourceLocale && definition.includes(page: $0.localPath)
      }
      if sourcePages.isEmpty {
        diagnostics.append(
          Diagnostic(
            .warning, rule: "catalog.no-pages",
            "catalog '\(definition.name)' matches no page of the source locale '\(configuration.sourceLocale)'",
            file: configuration.path ?? docSet.root))
      }
      // Pages are read and aligned on every core; ids are then given in page order, so that a duplicate
      // key always gets its suffix on the same row.
      let reader = CatalogTableReader(definition: definition, configuration: configuration)
      let results = ConcurrentMap.map(sourcePages) { readRows(of: $0, reader: reader, docSet: docSet) }
      for (sourcePage, result) in zip(sourcePages, results) {
        let file = join(docSet.root, sourcePage.path)
        diagnostics += result.diagnostics
        if result.rows.isEmpty {
          diagnostics.append(
            Diagnostic(
              .warning, rule: "catalog.no-table",
              "page has no table with the columns of catalog '\(definition.name)'", file: file, line: 1, column: 1))
          continue
        }
        for (row, localized) in zip(result.rows, result.localized) {
          let key = definition.key.map { row.values[$0]?.text ?? "" }
          var id = EntryID.make(key: key, app: row.values[.app]?.text, message: row.values[.message]?.text ?? "")
          if usedIDs.contains(id) {
            diagnostics.append(
              Diagnostic(
                .warning, rule: "catalog.duplicate-key",
                "another row has the same \(definition.key.map { "'\($0.rawValue)'" }.joined(separator: " and ")); its id gets a suffix",
                file: file, line: row.line, column: 1))
            var counter = 2
            while usedIDs.contains("\(id)-\(counter)") { counter += 1 }
            id = "\(id)-\(counter)"
          }
          usedIDs.insert(id)
          entries.append(CatalogEntry(id: id, catalog: definition.name, page: sourcePage.id, locales: localized))
        }
      }
    }

    let pages = docSet.pages.map { page in
      CatalogPage(
        id: page.id, locale: page.locale, path: page.path, title: page.document.frontMatter.title,
        frontMatter: Dictionary(
          page.document.frontMatter.fields.map { ($0.key, JSONValue($0.value)) },
          uniquingKeysWith: { first, _ in first }))
    }
    let catalog = Catalog(
      sourceLocale: configuration.sourceLocale, locales: configuration.orderedLocales,
      catalogs: configuration.catalogs, pages: pages, entries: entries)
    return (catalog, diagnostics.sorted())
  }

  /// A source page's catalog rows, each with its text in every locale (aligned, or the source's as fallback).
  private struct PageRows: Sendable {
    var rows: [CatalogRow]
    var localized: [[String: LocalizedEntry]]
    var diagnostics: [Diagnostic]
  }

  private func readRows(of sourcePage: DocSet.Page, reader: CatalogTableReader, docSet: DocSet) -> PageRows {
    let configuration = docSet.configuration
    var diagnostics: [Diagnostic] = []
    let sourceRows = reader.rows(
      of: sourcePage.document, locale: sourcePage.locale, file: join(docSet.root, sourcePage.path),
      diagnostics: &diagnostics)
    var localized = sourceRows.map { [configuration.sourceLocale: $0.entry(path: sourcePage.path, fallback: false)] }
    guard !sourceRows.isEmpty else { return PageRows(rows: [], localized: [], diagnostics: diagnostics) }
    for locale in configuration.orderedLocales where locale != configuration.sourceLocale {
      var targetRows: [CatalogRow] = []
      var targetPath = sourcePage.path
      if let page = docSet.page(sourcePage.localPath, locale: locale) {
        targetPath = page.path
        targetRows = reader.rows(
          of: page.document, locale: locale, file: join(docSet.root, page.path), diagnostics: &diagnostics)
      }
      let alignment = RowAligner.align(source: sourceRows, target: targetRows, key: reader.definition.key)
      for (index, match) in alignment.enumerated() {
        if let match {
          localized[index][locale] = targetRows[match].entry(path: targetPath, fallback: false)
        } else {
          localized[index][locale] = sourceRows[index].entry(path: sourcePage.path, fallback: true)
        }
      }
    }
    return PageRows(rows: sourceRows, localized: localized, diagnostics: diagnostics)
  }
}

/// One row of a catalog table, its cells keyed by field.
public struct CatalogRow: Sendable {
  public var values: [CatalogField: CatalogText]
  public var line: Int
  /// Each field's cell, for positions.
  public var cells: [CatalogField: TableCell] = [:]

  func entry(path: String, fallback: Bool) -> LocalizedEntry {
    LocalizedEntry(
      message: values[.message] ?? .empty, app: values[.app] ?? .empty,
      description: values[.description] ?? .empty, resolution: values[.resolution] ?? .empty,
      path: path, line: line, fallback: fallback)
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

  public func rows(of document: Document, locale: String, file: String, diagnostics: inout [Diagnostic]) -> [CatalogRow]
  {
    var rows: [CatalogRow] = []
    for table in document.tables {
      let columns = columnFields(table.header.cells.map(\.text), locale: locale)
      guard columns.contains(.message) else { continue }
      for field in CatalogField.allCases where definition.columns[field] != nil && !columns.contains(field) {
        diagnostics.append(
          Diagnostic(
            .warning, rule: "catalog.missing-column",
            "catalog table has no '\(field.rawValue)' column (expected a header such as '\(headerNames(field, locale).first ?? field.rawValue)')",
            file: file, line: table.header.range?.start.line ?? 0, column: 1))
      }
      for row in table.rows {
        var values: [CatalogField: CatalogText] = [:]
        var cells: [CatalogField: TableCell] = [:]
        for (index, field) in columns.enumerated() {
          guard let field, index < row.cells.count, values[field] == nil else { continue }
          values[field] = CatalogText(row.cells[index])
          cells[field] = row.cells[index]
        }
        // Translations of an empty key are checked against their source; the source is where to fix it.
        if locale == configuration.sourceLocale, let key = definition.key.first, values[key]?.text.isEmpty ?? true {
          diagnostics.append(
            Diagnostic(
              .warning, rule: "table.empty-key-cell", "row has an empty '\(key.rawValue)' cell", file: file,
              line: row.range?.start.line ?? 0, column: 1))
        }
        rows.append(CatalogRow(values: values, line: row.range?.start.line ?? 0, cells: cells))
      }
    }
    return rows
  }

  /// The field each column feeds, matching header texts of this locale, then of the source locale,
  /// then of any locale (machine translation often leaves headers untranslated).
  private func columnFields(_ headers: [String], locale: String) -> [CatalogField?] {
    headers.map { header in
      let normalized = Self.normalize(header)
      for field in CatalogField.allCases {
        if headerNames(field, locale).contains(where: { Self.normalize($0) == normalized }) { return field }
      }
      return nil
    }
  }

  private func headerNames(_ field: CatalogField, _ locale: String) -> [String] {
    guard let perLocale = definition.columns[field] else { return [] }
    var names = perLocale[locale] ?? []
    names += perLocale[configuration.sourceLocale] ?? []
    for key in perLocale.keys.sorted() where key != locale && key != configuration.sourceLocale {
      names += perLocale[key] ?? []
    }
    return names
  }

  /// Header text compared without case, surrounding space or the brackets MT sometimes adds (`[説明]`).
  static func normalize(_ header: String) -> String {
    var text = String(header.trimmingWhitespace())
    if text.hasPrefix("[") && text.hasSuffix("]") && text.count >= 2 {
      text = String(text.dropFirst().dropLast().trimmingWhitespace())
    }
    return text.lowercased()
  }
}
