import DocParser
import LibFuzzerDriver
import DocValidation

/// libFuzzer's entry point: parses the bytes as a page, with DocFX interpretation, and renders its tables'
/// text; any crash, hang or sanitizer report is a finding. The page is parsed a second time with every
/// table cell read on its own: a document that differs from the first (whose cells may come from their
/// paragraph's reading) is a finding too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let page = MarkdownParser().parse(bytes: bytes, path: "fuzz.md")
  var cellByCell = MarkdownParser()
  cellByCell.readsFirstPassCells = false
  if cellByCell.parse(bytes: bytes, path: "fuzz.md").document != page.document {
    fatalError("table cells read from their paragraph differ from cells read one by one")
  }
  for table in page.document.tables {
    for row in [table.header] + table.rows {
      for cell in row.cells { _ = cell.text }
    }
  }
  _ = page.document.includes
  return 0
}

/// The executable's entry point, as SwiftPM names it: hands over to libFuzzer.
@_cdecl("DocParserFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runLibFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
