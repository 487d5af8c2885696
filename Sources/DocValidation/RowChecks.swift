import DocModel
import DocParser

/// Each translated catalog table against its source's: its rows aligned to the source rows, then rows missing,
/// extra or out of order (``TranslationRowAlignment``), do-not-translate text that was translated
/// (``TranslationLiteralChanged``) and glossary terms (``TranslationGlossaryTerm``), on the rows that belong
/// together.
struct RowChecks {
  let docSet: DocSet
  let rows: CatalogRowIndex

  func check() -> [Diagnostic] {
    let configuration = docSet.configuration
    let sources = docSet.pages.filter {
      $0.locale == configuration.sourceLocale && configuration.hasCatalog(onPage: $0.localPath)
    }
    // Each source page and its translations are checked on their own, on every core.
    return ConcurrentMap.map(sources) { check($0) }.flatMap { $0 }
  }

  private func check(_ source: DocSet.Page) -> [Diagnostic] {
    let configuration = docSet.configuration
    var diagnostics: [Diagnostic] = []
    for locale in configuration.orderedLocales where locale != configuration.sourceLocale {
      guard let translation = docSet.page(source.localPath, locale: locale) else { continue }
      for definition in configuration.catalogs where definition.includes(page: source.localPath) {
        diagnostics += rows(source, translation, definition)
      }
    }
    return diagnostics
  }

  private func rows(_ source: DocSet.Page, _ translation: DocSet.Page, _ definition: CatalogDefinition) -> [Diagnostic]
  {
    let sourceRows = rows.rows(of: source.path, catalog: definition.name)
    let targetRows = rows.rows(of: translation.path, catalog: definition.name)
    let alignment = RowAligner.align(source: sourceRows, target: targetRows, definition: definition)
    let sourceFile = docSet.displayPath(source)
    let file = docSet.displayPath(translation)
    var diagnostics: [Diagnostic] = []
    var matched = Set<Int>()
    var previous = -1
    // Read from the configuration once: both cores reading it for every row contend for its storage.
    let rules = CellRules(
      fields: definition.fields.map { ($0.name, $0.translated) }, glossary: docSet.configuration.glossary,
      enumValues: Self.enumValues(of: sourceRows, definition: definition))
    let message = definition.identifyingField
    let standIns = Self.standIns(alignment, targetCount: targetRows.count)
    for (index, match) in alignment.enumerated() {
      let row = sourceRows[index]
      if let standIn = standIns[index] {
        matched.insert(standIn)
        diagnostics.append(
          TranslationRowAlignment.finding(
            TranslationRowAlignment.unsupported(
              sourceLine: row.line, message: row[message].text.firstLine),
            file: file, line: targetRows[standIn].line, column: 1))
        continue
      }
      guard let match else {
        diagnostics.append(
          TranslationRowAlignment.finding(
            TranslationRowAlignment.untranslated(
              row[message].text.firstLine, locale: translation.locale),
            file: sourceFile, line: row.line, column: 1))
        continue
      }
      matched.insert(match)
      let target = targetRows[match]
      if match < previous {
        diagnostics.append(
          TranslationRowAlignment.finding(
            TranslationRowAlignment.outOfOrder(after: sourceRows[index - 1].line), file: file,
            line: target.line, column: 1))
      }
      previous = max(previous, match)
      diagnostics += cellChecks(row, target, rules: rules, file: file, page: translation)
    }
    for (index, row) in targetRows.enumerated() where !matched.contains(index) {
      diagnostics.append(
        TranslationRowAlignment.finding(TranslationRowAlignment.extra, file: file, line: row.line, column: 1))
    }
    return diagnostics
  }

  /// Unpaired source rows and unpaired translated rows between the same two paired rows, taken in order:
  /// the translated row stands where the source row is but its content does not show it is that row. Such a
  /// pair is reported once, at the translated row, not as a row missing and a row added.
  static func standIns(_ alignment: [Int?], targetCount: Int) -> [Int: Int] {
    let paired = Set(alignment.compactMap { $0 })
    var result: [Int: Int] = [:]
    var index = 0
    var previous = -1
    while index < alignment.count {
      if let match = alignment[index] {
        previous = match
        index += 1
        continue
      }
      var end = index
      while end < alignment.count && alignment[end] == nil { end += 1 }
      let next = end < alignment.count ? alignment[end]! : targetCount
      if previous < next {
        let targets = (previous + 1..<next).filter { !paired.contains($0) }
        for (source, target) in zip(index..<end, targets) { result[source] = target }
      }
      index = end
    }
    return result
  }

  /// What the configuration asks of a translated cell.
  private struct CellRules {
    /// Each field's name, and whether it is translated.
    var fields: [(name: String, translated: Bool)]
    var glossary: [String]
    /// The values the source rows give each translated `enum` field, by the field's index.
    var enumValues: [Int: Set<String>]
  }

  /// The values the source rows give each translated `enum` field, by the field's index.
  private static func enumValues(of rows: [CatalogRow], definition: CatalogDefinition) -> [Int: Set<String>] {
    var values: [Int: Set<String>] = [:]
    for (index, field) in definition.fields.enumerated() where field.type == .enum && field.translated {
      values[index] = Set(rows.map { $0[index].text }.filter { !$0.isEmpty })
    }
    return values
  }

  private func cellChecks(
    _ source: CatalogRow, _ target: CatalogRow, rules: CellRules, file: String, page: DocSet.Page
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for (field, (name, translated)) in rules.fields.enumerated() {
      // A field the source table or the translated one has no column for has nothing to compare.
      guard let targetRange = target.cellRange(field), source.cellRange(field) != nil else { continue }
      let sourceText = source[field].text
      let targetText = target[field].text
      var column: Int { columnOf(targetRange, in: page) }
      if !translated, sourceText != targetText {
        diagnostics.append(
          TranslationLiteralChanged.finding(
            TranslationLiteralChanged.changed(name, from: sourceText.firstLine, to: targetText.firstLine),
            file: file, line: target.line, column: column))
        continue
      }
      if let values = rules.enumValues[field], sourceText != targetText, values.contains(targetText) {
        diagnostics.append(
          TranslationEnumValue.finding(
            TranslationEnumValue.other(name, value: targetText, source: sourceText), file: file, line: target.line,
            column: column))
      }
      for term in rules.glossary
      where sourceText.containsBytes(of: term) && !targetText.containsBytes(of: term) {
        diagnostics.append(
          TranslationGlossaryTerm.finding(
            TranslationGlossaryTerm.translated(term, field: name, cell: targetText.firstLine),
            file: file, line: target.line, column: column))
      }
    }
    return diagnostics
  }

  /// The character column of a cell, from its byte column.
  private func columnOf(_ cell: SourceRange?, in page: DocSet.Page) -> Int {
    guard let start = cell?.start else { return 1 }
    let line = Array(page.line(start.line).utf8)
    return String(decoding: line.prefix(max(start.column - 1, 0)), as: UTF8.self).count + 1
  }
}

extension String {
  /// The first line, for messages: the text before the first line feed that is a character of its own (not
  /// the end of a `\r\n`, which is one character).
  var firstLine: String {
    var index = utf8.startIndex
    while let found = utf8[index...].firstIndex(of: 0x0A) {
      if found == utf8.startIndex || utf8[utf8.index(before: found)] != 0x0D { return String(self[..<found]) }
      index = utf8.index(after: found)
    }
    return self
  }
}

/// The catalog rows of each page, by page path and catalog name, as the catalog was built from them.
struct CatalogRowIndex: Sendable {
  private let pages: [String: CatalogBuilder.Page]

  init(_ pages: [CatalogBuilder.Page]) {
    self.pages = Dictionary(pages.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
  }

  func rows(of path: String, catalog: String) -> [CatalogRow] {
    pages[path]?.rows[catalog]?.rows ?? []
  }
}
