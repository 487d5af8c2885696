import DocModel
import DocParser
import DocTestSupport
import Testing

@testable import DocBuild

/// Kept catalog rows are left in their stored form (``PageRows``), framed by their length, until the catalog
/// needs them: a build that reads none of them steps over them at once. Damage inside the frame stays there:
/// the load goes on past it, and rows that cannot be read read as none.
@Suite("Kept page rows")
struct PageRowsTests {
  static func rows() -> CatalogBuilder.Page {
    let nested = FrontMatterValue.mapping([
      FrontMatterField(key: "list", value: .list([.integer(-3), .number(2.5), .null, .bool(true)]), line: 4)
    ])
    let frontMatter = FrontMatter(
      fields: [
        FrontMatterField(key: "title", value: .string("Erreurs é 日本"), line: 2),
        FrontMatterField(key: "more", value: nested, line: 3),
      ],
      range: SourceRange(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 6, column: 4)))
    var row = CatalogRow(
      values: [
        CatalogValue(
          cell: CatalogText(text: "0x80070005", markdown: "`0x80070005`"),
          value: .code(ErrorCode(value: 0x8007_0005, written: "0x80070005"))),
        CatalogValue(
          cell: CatalogText(text: "404 Not Found", markdown: "404 Not Found"),
          value: .status(StatusCode(reply: 404, status: "Not Found", written: "404 Not Found"))),
        CatalogValue(
          cell: CatalogText(text: "2026-12-07", markdown: "2026-12-07"),
          value: DocDate("2026-12-07").map(FieldValue.date) ?? .invalid),
        CatalogValue(cell: CatalogText(text: "a, b", markdown: "a, b"), value: .strings(["a", "b"])),
        CatalogValue(cell: CatalogText(text: "12", markdown: "12"), value: .integer(12)),
        CatalogValue(cell: CatalogText(text: "x", markdown: "*x*"), value: .invalid),
        CatalogValue(cell: CatalogText(text: "", markdown: ""), value: .textual),
      ], line: 12)
    row.cellRanges = [
      nil, SourceRange(start: SourceLocation(line: 12, column: 3), end: SourceLocation(line: 12, column: 9)),
    ]
    let finding = Diagnostic(.warning, rule: "catalog.row", "a finding", file: "docs/en-US/a.md", line: 12, column: 1)
    return CatalogBuilder.Page(
      locale: "en-US", localPath: "a.md", path: "en-US/a.md", frontMatter: frontMatter,
      rows: [
        "errors": CatalogBuilder.Rows(rows: [row, CatalogRow(values: [], line: 14)], diagnostics: [finding]),
        "codes": CatalogBuilder.Rows(rows: [], diagnostics: []),
      ])
  }

  /// The rows as ``PageResult/write(rows:into:)`` writes them.
  static func stored(_ page: CatalogBuilder.Page) -> [UInt8] {
    var writer = CacheByteWriter()
    PageResult.write(rows: page, into: &writer)
    return writer.bytes
  }

  /// `rows` framed as a page result frames them, with a field after them.
  static func framed(_ rows: [UInt8], then next: String? = "after") -> [UInt8] {
    var writer = CacheByteWriter()
    writer.data(rows)
    if let next { writer.string(next) }
    return writer.bytes
  }

  @Test func storedRowsReadAsWritten() throws {
    let rows = Self.stored(Self.rows())
    let bytes = Self.framed(rows)
    var reader = CacheByteReader(bytes)
    let kept = try PageRows(stored: bytes, reader: &reader)
    #expect(try reader.string() == "after")
    #expect(reader.isAtEnd)
    #expect(kept.isStored && kept.locale == "en-US" && kept.localPath == "a.md")
    #expect(Self.stored(kept.page) == rows)
    var written = CacheByteWriter()
    kept.write(into: &written)
    #expect(written.bytes == rows)
    #expect(kept.digest == CatalogInputs.digest(of: Self.rows()))
  }

  @Test func damageInsideTheFrameStaysThere() {
    let rows = Self.stored(Self.rows())
    var random = SeededRandom(seed: 23)
    var loaded = 0
    var unreadable = 0
    for offset in rows.indices {
      for change: UInt8 in [0x01, 0x20, 0x80, 0xFF, UInt8.random(in: 1...255, using: &random)] {
        var changed = rows
        changed[offset] ^= change
        let bytes = Self.framed(changed)
        var reader = CacheByteReader(bytes)
        // The locale and the path open the rows: damage there fails the load, as any damaged field does.
        guard let kept = try? PageRows(stored: bytes, reader: &reader) else { continue }
        loaded += 1
        #expect((try? reader.string()) == "after", "changed byte \(offset)")
        let page = kept.page
        #expect(page.locale == kept.locale && page.localPath == kept.localPath)
        if page.path.isEmpty && page.rows.isEmpty { unreadable += 1 }
      }
    }
    // The changes reach the rows: most loads go on, and some of those rows cannot be read.
    #expect(loaded > rows.count * 3)
    #expect(unreadable > 0)
  }

  /// A reader given an end (a record inside a pack, rows inside their frame) reads nothing past it.
  @Test func aReaderStopsAtItsEnd() {
    var writer = CacheByteWriter()
    writer.string("inside")
    writer.string("outside")
    let bytes = writer.bytes
    var bounded = CacheByteReader(bytes, from: 0, to: 7)
    #expect((try? bounded.string()) == "inside")
    #expect(bounded.isAtEnd)
    #expect((try? bounded.string()) == nil)
    var cut = CacheByteReader(bytes, from: 0, to: 5)
    #expect((try? cut.string()) == nil)
    var past = CacheByteReader(bytes, from: 7, to: 99)
    #expect((try? past.string()) == "outside")
    #expect(past.isAtEnd)
  }

  @Test func aFrameCutShortFailsTheLoad() {
    let bytes = Self.framed(Self.stored(Self.rows()), then: nil)
    for length in 0..<bytes.count {
      let cut = Array(bytes.prefix(length))
      var reader = CacheByteReader(cut)
      #expect((try? PageRows(stored: cut, reader: &reader)) == nil, "cut to \(length) bytes")
    }
    var reader = CacheByteReader(bytes)
    #expect((try? PageRows(stored: bytes, reader: &reader)) != nil)
  }
}
