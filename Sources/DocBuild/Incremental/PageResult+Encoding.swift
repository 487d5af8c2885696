import DocModel
import DocParser
import HTMLGenerator

/// The binary form of a ``PageResult`` (see ``CacheByteWriter``).
extension PageResult {
  func encoded() -> [UInt8] {
    var writer = CacheByteWriter()
    writer.string(path)
    writer.string(digest)
    writer.array(dependencies) { writer, dependency in
      writer.string(dependency.path)
      writer.optional(dependency.digest) { $0.string($1) }
    }
    writer.array(includeErrors) { writer, include in
      writer.string(include.path)
      writer.array(include.errors) { writer, error in writer.diagnostic(error) }
    }
    writer.array(diagnostics) { writer, diagnostic in writer.diagnostic(diagnostic) }
    // The rows, framed by their length, so that a build that reads none of them steps over them at once.
    var rowsWriter = CacheByteWriter()
    rows.write(into: &rowsWriter)
    writer.data(rowsWriter.bytes)
    writer.optional(rowsDigest) { $0.string($1) }
    writer.optional(site) { writer, site in Self.write(site: site, into: &writer) }
    return writer.bytes
  }

  /// The result whose bytes are `bytes` from `start` up to `end` (their end when not given): a pack's
  /// bytes are read where they are, without a copy.
  init(decoding bytes: [UInt8], from start: Int = 0, to end: Int? = nil) throws(CacheByteReader.Damaged) {
    var reader = CacheByteReader(bytes, from: start, to: end)
    path = try reader.string()
    digest = try reader.string()
    dependencies = try reader.array { reader throws(CacheByteReader.Damaged) in
      Dependency(
        path: try reader.string(),
        digest: try reader.optional { reader throws(CacheByteReader.Damaged) in try reader.string() })
    }
    includeErrors = try reader.array { reader throws(CacheByteReader.Damaged) in
      IncludeErrors(
        path: try reader.string(),
        errors: try reader.array { reader throws(CacheByteReader.Damaged) in try reader.diagnostic() })
    }
    diagnostics = try reader.array { reader throws(CacheByteReader.Damaged) in try reader.diagnostic() }
    rows = try PageRows(stored: bytes, reader: &reader)
    rowsDigest = try reader.optional { reader throws(CacheByteReader.Damaged) in try reader.string() }
    site = try reader.optional(Self.readSite)
    guard reader.isAtEnd else { throw CacheByteReader.Damaged() }
  }

  // MARK: Site pages

  static func write(site: SiteResult, into writer: inout CacheByteWriter) {
    writer.string(site.key)
    writer.array(site.references) { writer, reference in
      writer.string(reference.path)
      writer.optional(reference.range) { writer, range in write(range: range, into: &writer) }
    }
    writer.array(site.rowIDs.sorted { $0.key < $1.key }) { writer, row in
      writer.int(row.key)
      writer.string(row.value)
    }
    writer.array(Array(zip(site.pages, site.stamps))) { writer, kept in
      let (page, stamp) = kept
      writer.uint64(stamp.inode)
      writer.int(Int(stamp.size))
      writer.int(Int(stamp.modified))
      writer.string(page.title)
      writer.bool(page.isFallback)
      writer.bool(page.usesCodeScript)
      writer.array(page.problems) { writer, problem in
        writer.int(problem.kind == .includeCycle ? 0 : problem.kind == .includeTooDeep ? 1 : 2)
        writer.string(problem.file)
        writer.int(problem.line)
        writer.int(problem.column)
        writer.string(problem.includePath)
        writer.string(problem.message)
      }
    }
  }

  static func readSite(_ reader: inout CacheByteReader) throws(CacheByteReader.Damaged) -> SiteResult {
    let key = try reader.string()
    let references = try reader.array { reader throws(CacheByteReader.Damaged) in
      FileReferences.Reference(path: try reader.string(), range: try reader.optional(readRange))
    }
    let rows = try reader.array { reader throws(CacheByteReader.Damaged) in (try reader.int(), try reader.string()) }
    let pages = try reader.array { reader throws(CacheByteReader.Damaged) in
      let stamp = SiteFileStamp(
        inode: try reader.uint64(), size: Int64(try reader.int()), modified: Int64(try reader.int()))
      let title = try reader.string()
      let isFallback = try reader.bool()
      let usesCodeScript = try reader.bool()
      let problems = try reader.array { reader throws(CacheByteReader.Damaged) in
        let kinds: [RenderProblem.Kind] = [.includeCycle, .includeTooDeep, .includeTooLarge]
        let kind = try reader.int()
        guard kinds.indices.contains(kind) else { throw CacheByteReader.Damaged() }
        return RenderProblem(
          kind: kinds[kind], file: try reader.string(), line: try reader.int(), column: try reader.int(),
          includePath: try reader.string(), message: try reader.string())
      }
      let page = SiteGenerator.RenderedPage(
        bytes: [], title: title, isFallback: isFallback, problems: problems, usesCodeScript: usesCodeScript)
      return (page, stamp)
    }
    return SiteResult(
      key: key, references: references, rowIDs: Dictionary(rows, uniquingKeysWith: { first, _ in first }),
      pages: pages.map(\.0), stamps: pages.map(\.1))
  }

  // MARK: Ranges

  static func write(range: SourceRange, into writer: inout CacheByteWriter) {
    writer.int(range.start.line)
    writer.int(range.start.column)
    writer.int(range.end.line)
    writer.int(range.end.column)
  }

  static func readRange(_ reader: inout CacheByteReader) throws(CacheByteReader.Damaged) -> SourceRange {
    let start = SourceLocation(line: try reader.int(), column: try reader.int())
    return SourceRange(start: start, end: SourceLocation(line: try reader.int(), column: try reader.int()))
  }

  // MARK: Front matter

  static func write(frontMatter: FrontMatter, into writer: inout CacheByteWriter) {
    writer.array(frontMatter.fields) { writer, field in write(field: field, into: &writer) }
    writer.optional(frontMatter.range) { writer, range in write(range: range, into: &writer) }
    writer.bool(frontMatter.isMalformed)
  }

  static func readFrontMatter(_ reader: inout CacheByteReader) throws(CacheByteReader.Damaged) -> FrontMatter {
    let fields = try reader.array(readField)
    let range = try reader.optional(readRange)
    return FrontMatter(fields: fields, range: range, isMalformed: try reader.bool())
  }

  private static func write(field: FrontMatterField, into writer: inout CacheByteWriter) {
    writer.string(field.key)
    write(value: field.value, into: &writer)
    writer.int(field.line)
  }

  private static func readField(_ reader: inout CacheByteReader) throws(CacheByteReader.Damaged) -> FrontMatterField {
    let key = try reader.string()
    let value = try readValue(&reader, depth: 0)
    return FrontMatterField(key: key, value: value, line: try reader.int())
  }

  private static func write(value: FrontMatterValue, into writer: inout CacheByteWriter) {
    switch value {
    case .null: writer.int(0)
    case .bool(let flag):
      writer.int(1)
      writer.bool(flag)
    case .integer(let number):
      writer.int(2)
      writer.int(number)
    case .number(let number):
      writer.int(3)
      writer.uint64(number.bitPattern)
    case .string(let text):
      writer.int(4)
      writer.string(text)
    case .list(let values):
      writer.int(5)
      writer.array(values) { writer, value in write(value: value, into: &writer) }
    case .mapping(let fields):
      writer.int(6)
      writer.array(fields) { writer, field in write(field: field, into: &writer) }
    }
  }

  /// Nested values are read to the depth front matter allows, so that a damaged file cannot recurse deeper.
  private static func readValue(_ reader: inout CacheByteReader, depth: Int) throws(CacheByteReader.Damaged)
    -> FrontMatterValue
  {
    guard depth < 256 else { throw CacheByteReader.Damaged() }
    switch try reader.int() {
    case 0: return .null
    case 1: return .bool(try reader.bool())
    case 2: return .integer(try reader.int())
    case 3: return .number(Double(bitPattern: try reader.uint64()))
    case 4: return .string(try reader.string())
    case 5:
      return .list(
        try reader.array { reader throws(CacheByteReader.Damaged) in try readValue(&reader, depth: depth + 1) })
    case 6:
      return .mapping(
        try reader.array { reader throws(CacheByteReader.Damaged) in
          let key = try reader.string()
          let value = try readValue(&reader, depth: depth + 1)
          return FrontMatterField(key: key, value: value, line: try reader.int())
        })
    default: throw CacheByteReader.Damaged()
    }
  }

  // MARK: Catalog rows

  static func write(rows page: CatalogBuilder.Page, into writer: inout CacheByteWriter) {
    writer.string(page.locale)
    writer.string(page.localPath)
    writer.string(page.path)
    write(frontMatter: page.frontMatter, into: &writer)
    writer.array(page.rows.sorted { $0.key < $1.key }) { writer, catalog in
      writer.string(catalog.key)
      writer.array(catalog.value.rows) { writer, row in write(row: row, into: &writer) }
      writer.array(catalog.value.diagnostics) { writer, diagnostic in writer.diagnostic(diagnostic) }
    }
  }

  static func readRows(_ reader: inout CacheByteReader) throws(CacheByteReader.Damaged) -> CatalogBuilder.Page {
    let locale = try reader.string()
    let localPath = try reader.string()
    let path = try reader.string()
    let frontMatter = try readFrontMatter(&reader)
    let catalogs = try reader.array { reader throws(CacheByteReader.Damaged) in
      let name = try reader.string()
      let rows = try reader.array(readRow)
      return (
        name,
        CatalogBuilder.Rows(
          rows: rows,
          diagnostics: try reader.array { reader throws(CacheByteReader.Damaged) in try reader.diagnostic() })
      )
    }
    return CatalogBuilder.Page(
      locale: locale, localPath: localPath, path: path, frontMatter: frontMatter,
      rows: Dictionary(catalogs, uniquingKeysWith: { first, _ in first }))
  }

  private static func write(row: CatalogRow, into writer: inout CacheByteWriter) {
    writer.int(row.line)
    writer.array(row.values) { writer, value in
      writer.string(value.cell.text)
      writer.string(value.cell.markdown)
      writeFieldValue(value.value, into: &writer)
    }
    writer.array(row.cellRanges) { writer, range in
      writer.optional(range) { writer, range in write(range: range, into: &writer) }
    }
  }

  private static func readRow(_ reader: inout CacheByteReader) throws(CacheByteReader.Damaged) -> CatalogRow {
    let line = try reader.int()
    let values = try reader.array { reader throws(CacheByteReader.Damaged) in
      let cell = CatalogText(text: try reader.string(), markdown: try reader.string())
      return CatalogValue(cell: cell, value: try readFieldValue(&reader))
    }
    var row = CatalogRow(values: values, line: line)
    let ranges = try reader.array { reader throws(CacheByteReader.Damaged) in try reader.optional(readRange) }
    if !ranges.isEmpty { row.cellRanges = ranges }
    return row
  }

  private static func writeFieldValue(_ value: FieldValue, into writer: inout CacheByteWriter) {
    switch value {
    case .textual: writer.int(0)
    case .integer(let number):
      writer.int(1)
      writer.int(number)
    case .code(let code):
      writer.int(2)
      writer.uint64(code.value)
      writer.string(code.written)
    case .status(let status):
      writer.int(3)
      writer.optional(status.reply) { $0.int($1) }
      writer.string(status.status)
      writer.string(status.written)
    case .date(let date):
      writer.int(4)
      writer.int(date.year)
      writer.int(date.month)
      writer.int(date.day)
    case .strings(let strings):
      writer.int(5)
      writer.array(strings) { $0.string($1) }
    case .invalid: writer.int(6)
    }
  }

  private static func readFieldValue(_ reader: inout CacheByteReader) throws(CacheByteReader.Damaged) -> FieldValue {
    switch try reader.int() {
    case 0: return .textual
    case 1: return .integer(try reader.int())
    case 2: return .code(ErrorCode(value: try reader.uint64(), written: try reader.string()))
    case 3:
      let reply = try reader.optional { reader throws(CacheByteReader.Damaged) in try reader.int() }
      return .status(StatusCode(reply: reply, status: try reader.string(), written: try reader.string()))
    case 4:
      guard var date = DocDate("2000-01-01") else { throw CacheByteReader.Damaged() }
      date.year = try reader.int()
      date.month = try reader.int()
      date.day = try reader.int()
      return .date(date)
    case 5: return .strings(try reader.array { reader throws(CacheByteReader.Damaged) in try reader.string() })
    case 6: return .invalid
    default: throw CacheByteReader.Damaged()
    }
  }
}
