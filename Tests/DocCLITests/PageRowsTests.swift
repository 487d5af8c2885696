import DocModel
import DocParser
import DocTestSupport
import Testing

@testable import DocBuild

/// Kept catalog rows left in their stored form (``PageRows``) until the catalog needs them: loading checks
/// them by stepping over them, which must accept exactly the bytes reading them accepts, so that reading
/// them later never fails.
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

  static func stored(_ page: CatalogBuilder.Page) -> [UInt8] {
    var writer = CacheByteWriter()
    PageResult.write(rows: page, into: &writer)
    return writer.bytes
  }

  /// Where reading the rows ends, and where stepping over them ends; `nil` for a failure.
  static func ends(_ bytes: [UInt8]) -> (read: Int?, skipped: Int?) {
    var reading = CacheByteReader(bytes)
    let read = (try? PageResult.readRows(&reading)) != nil ? reading.offset : nil
    var skipping = CacheByteReader(bytes)
    let skipped = (try? PageRows(stored: bytes, reader: &skipping)) != nil ? skipping.offset : nil
    return (read, skipped)
  }

  @Test func storedRowsReadAsWritten() throws {
    let bytes = Self.stored(Self.rows())
    var reader = CacheByteReader(bytes)
    let kept = try PageRows(stored: bytes, reader: &reader)
    #expect(reader.isAtEnd)
    #expect(kept.isStored && kept.locale == "en-US" && kept.localPath == "a.md")
    #expect(Self.stored(kept.page) == bytes)
    var written = CacheByteWriter()
    kept.write(into: &written)
    #expect(written.bytes == bytes)
    #expect(kept.digest == CatalogInputs.digest(of: Self.rows()))
  }

  @Test func steppingOverAcceptsWhatReadingAccepts() {
    let bytes = Self.stored(Self.rows())
    var random = SeededRandom(seed: 23)
    var cases: [[UInt8]] = (0...bytes.count).map { Array(bytes.prefix($0)) }
    for offset in bytes.indices {
      for change: UInt8 in [0x01, 0x20, 0x80, 0xFF] {
        var changed = bytes
        changed[offset] ^= change
        cases.append(changed)
      }
      var random2 = bytes
      random2[offset] = UInt8.random(in: 0...255, using: &random)
      cases.append(random2)
    }
    var failures = 0
    for bytes in cases {
      let (read, skipped) = Self.ends(bytes)
      #expect(read == skipped)
      if read == nil { failures += 1 }
    }
    // The changes do reach the checks: most of them make the rows unreadable.
    #expect(failures > cases.count / 4)
  }
}
