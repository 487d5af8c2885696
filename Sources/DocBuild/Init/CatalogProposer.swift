import DocModel
public import DocParser

/// Proposes catalogs for a docs folder that has no configuration yet (`doccatalog init`).
///
/// Every table of the source locale's pages whose header names an error column (``HeaderVocabulary``) is a
/// candidate; tables with the same headers, on one page or several, make one catalog. Each column becomes a
/// field named from its header, typed from its cells (``ColumnTypeInference``), with the headers of the
/// tables at the same place in the other locales' pages of the same path as its translated headers.
public enum CatalogProposer {
  /// The most columns a proposed catalog has; wider tables are left out.
  static let maximumColumns = 32
  /// The most alternative headers kept per locale and field.
  static let maximumHeadersPerLocale = 4

  /// Where `init` writes the configuration of `root` unless told otherwise: where `build` reads it.
  public static func configurationPath(root: String) -> String {
    root.hasSuffix("/") ? root + ConfigurationLoader.fileName : root + "/" + ConfigurationLoader.fileName
  }

  /// Reads `root` (its locales inferred from its folders, any configuration file ignored) and proposes.
  public static func propose(root: String, observer: any BuildObserver = IgnoredEvents()) throws(BuildFailure)
    -> CatalogProposal
  {
    let configuration = DocSetReader().defaultConfiguration(root: root)
    let folder = DocsFolder(root: root, configPath: nil, configuration: configuration, configDiagnostics: [])
    var whole: WholePages?
    let pass = try PagePass(folder: folder).run { setup in
      whole = WholePages(setup)
      return [whole!]
    }
    guard let whole else { preconditionFailure("the pass makes its consumers") }
    return propose(whole.docSet(pass))
  }

  /// A source table: the page it is on, its place among the page's tables, and its headers.
  private struct SourceTable {
    var page: DocSet.Page
    var index: Int
    var table: Table
    var headers: [String]
  }

  /// The proposal for a doc set read whole.
  public static func propose(_ docSet: DocSet) -> CatalogProposal {
    let configuration = docSet.configuration
    let source = configuration.sourceLocale
    var skipped: [CatalogProposal.Skipped] = []
    func skip(_ page: DocSet.Page, _ table: Table?, _ reason: String) {
      skipped.append(
        .init(file: docSet.displayPath(page), line: table?.header.range?.start.line ?? 1, reason: reason))
    }

    // The candidate tables, grouped by their headers, in the order they are met.
    var groups: [[SourceTable]] = []
    var groupOfShape: [[String]: Int] = [:]
    var tablesOfPage: [String: [SourceTable]] = [:]
    for page in docSet.pages where page.locale == source {
      let tables = page.document.tables
      for (index, table) in tables.enumerated() {
        let headers = table.header.cells.map { String($0.text.trimmingWhitespace()) }
        let candidate = SourceTable(page: page, index: index, table: table, headers: headers)
        tablesOfPage[page.localPath, default: []].append(candidate)
        guard headers.contains(where: { HeaderVocabulary.role(of: $0, locale: source)?.role.marksErrorTable == true })
        else {
          skip(page, table, "no header names an error, code, message, status, event, cause or resolution column")
          continue
        }
        if let reason = unusable(candidate) {
          skip(page, table, reason)
          continue
        }
        let shape = headers.map(normalize)
        if let group = groupOfShape[shape] {
          groups[group].append(candidate)
        } else {
          groupOfShape[shape] = groups.count
          groups.append([candidate])
        }
      }
    }

    var catalogs: [CatalogProposal.Proposed] = []
    var names: Set<String> = []
    for group in groups {
      var proposed = catalog(group, docSet: docSet)
      // The catalog reads every table of its pages with its first key column: another table with that column
      // would be read too, with columns missing.
      let identifying = normalize(group[0].headers[proposed.definition.identifyingField])
      let shape = group[0].headers.map(normalize)
      if let other = proposed.definition.pages.lazy.flatMap({ tablesOfPage[$0] ?? [] }).first(where: {
        $0.headers.map(normalize) != shape && $0.headers.map(normalize).contains(identifying)
      }) {
        for table in group {
          skip(
            table.page, table.table,
            "line \(other.table.header.range?.start.line ?? 1) of its page has a table of other columns with the "
              + "same column \(ProposalYAML.quoted(group[0].headers[proposed.definition.identifyingField])), "
              + "which one catalog would read as its own")
        }
        continue
      }
      proposed.definition.name = FieldNaming.unique(proposed.definition.name, in: names)
      names.insert(proposed.definition.name)
      catalogs.append(proposed)
    }
    skipped.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    return CatalogProposal(
      sourceLocale: source, locales: configuration.orderedLocales, catalogs: catalogs, skipped: skipped)
  }

  /// Why a table that names error columns cannot be a catalog's table, or `nil` when it can.
  private static func unusable(_ table: SourceTable) -> String? {
    if table.table.rows.isEmpty { return "it has no rows" }
    if table.headers.count > maximumColumns { return "it has more than \(maximumColumns) columns" }
    if let empty = table.headers.firstIndex(where: \.isEmpty) { return "column \(empty + 1) has no header" }
    let shape = table.headers.map(normalize)
    for (index, header) in shape.enumerated() where shape[..<index].contains(header) {
      return "column \(index + 1) has the same header as an earlier one (\(ProposalYAML.quoted(table.headers[index])))"
    }
    if table.page.localPath.contains(where: { "*?[]{}\\".contains($0) }) {
      return "its page's path has characters that `pages:` patterns read as wildcards"
    }
    return nil
  }

  /// The catalog of a group of tables with the same headers.
  private static func catalog(_ group: [SourceTable], docSet: DocSet) -> CatalogProposal.Proposed {
    let source = docSet.configuration.sourceLocale
    let headers = group[0].headers
    var pages: [String] = []
    for table in group where !pages.contains(table.page.localPath) { pages.append(table.page.localPath) }
    // Rows whose every cell is empty (a table's trailing `|||`) say nothing about a column.
    let rows = group.flatMap { $0.table.rows }.filter { row in
      row.cells.contains { !$0.text.trimmingWhitespace().isEmpty }
    }
    var fields: [CatalogField] = []
    var reasons: [String] = []
    var matched: [String] = []
    var names: Set<String> = []
    for (column, header) in headers.enumerated() {
      let role = HeaderVocabulary.role(of: header, locale: source)
      if let role, role.role.marksErrorTable {
        matched.append("\(ProposalYAML.quoted(header)) (\(role.role.rawValue): \(ProposalYAML.quoted(role.word)))")
      }
      let cells = rows.map { column < $0.cells.count ? $0.cells[column] : TableCell(markdown: "", inlines: []) }
      let (type, reason) = ColumnTypeInference.infer(cells, role: role?.role)
      let name = FieldNaming.unique(
        FieldNaming.fieldName(fromHeader: header) ?? role?.role.rawValue ?? "column\(column + 1)", in: names)
      names.insert(name)
      var anyValue: String?
      if type == .enum {
        anyValue = cells.lazy.map { String($0.text.trimmingWhitespace()) }.first { $0.lowercased().hasPrefix("all ") }
      }
      fields.append(
        CatalogField(
          name: name, type: type, header: translatedHeaders(column, of: group, docSet: docSet), anyValue: anyValue))
      reasons.append(reason + (anyValue.map { "; \(ProposalYAML.quoted($0)) stands for any value" } ?? ""))
    }
    let (key, keyReason) = chooseKey(fields: fields, rows: rows)
    var definition = CatalogDefinition(
      name: FieldNaming.catalogName(fromPage: pages[0]), pages: pages, fields: fields, key: key)
    var declaredLookup: [String]?
    if definition.lookup.isEmpty {
      let lookup = key.filter { name in
        fields.first { $0.name == name }.map { [.text, .markdown, .enum].contains($0.type) } ?? false
      }
      if !lookup.isEmpty {
        declaredLookup = lookup
        definition.lookup = lookup
      }
    }
    return CatalogProposal.Proposed(
      definition: definition, declaredLookup: declaredLookup, fieldReasons: reasons, matchedHeaders: matched,
      keyReason: keyReason, tableCount: group.count)
  }

  /// A column's headers per locale: the source's, and those of the tables at the same place on the pages of
  /// the same path in the other locales, when they have as many columns.
  private static func translatedHeaders(_ column: Int, of group: [SourceTable], docSet: DocSet) -> [String: [String]] {
    let source = docSet.configuration.sourceLocale
    let sourceHeader = group[0].headers[column]
    var headers: [String: [String]] = [source: [sourceHeader]]
    for locale in docSet.configuration.orderedLocales where locale != source {
      var found: [String] = []
      for table in group {
        guard let page = docSet.page(table.page.localPath, locale: locale) else { continue }
        let tables = page.document.tables
        guard table.index < tables.count, tables[table.index].columnCount == table.table.columnCount else { continue }
        let header = String(tables[table.index].header.cells[column].text.trimmingWhitespace())
        guard !header.isEmpty, normalize(header) != normalize(sourceHeader),
          !found.contains(where: { normalize($0) == normalize(header) }), found.count < maximumHeadersPerLocale
        else { continue }
        found.append(header)
      }
      if !found.isEmpty { headers[locale] = found }
    }
    return headers
  }

  /// The key: the first code, status or pattern field whose values are all given and unique; else the first
  /// field, when they are; else the first field with the first other field that makes every row unique; else
  /// the first field, whose repeated values `build` then warns about.
  private static func chooseKey(fields: [CatalogField], rows: [Table.Row]) -> ([String], String) {
    func values(_ columns: [Int]) -> [[String]] {
      rows.map { row in columns.map { $0 < row.cells.count ? String(row.cells[$0].text.trimmingWhitespace()) : "" } }
    }
    func identifies(_ columns: [Int]) -> Bool {
      let keys = values(columns)
      return keys.allSatisfy { !$0[0].isEmpty } && Set(keys).count == keys.count
    }
    let identifyingTypes: [CatalogFieldType] = [.code, .status, .pattern]
    if let column = fields.indices.first(where: { identifyingTypes.contains(fields[$0].type) && identifies([$0]) }) {
      return ([fields[column].name], "its values are unique")
    }
    if identifies([0]) { return ([fields[0].name], "the first column, whose values are unique") }
    if let other = fields.indices.dropFirst().first(where: { identifies([0, $0]) }) {
      return ([fields[0].name, fields[other].name], "no column alone is unique; these two together are")
    }
    let repeated = values([0]).count - Set(values([0])).count
    return (
      [fields[0].name],
      "no column or pair of columns tells every row apart (rows repeating an earlier key or without one: "
        + "\(repeated); build warns about them)"
    )
  }

  /// A header as the catalog reader compares it (``CatalogTableReader/normalize(_:)``).
  static func normalize(_ header: String) -> String { CatalogTableReader.normalize(header) }
}
