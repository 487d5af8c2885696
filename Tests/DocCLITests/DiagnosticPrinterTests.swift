import DocConsole
import DocModel
import Foundation
import Testing

@testable import DocCLI

/// The printer writes its report a block at a time; what lands is every line, whole and in order.
@Suite("Diagnostic printer")
struct DiagnosticPrinterTests {
  @Test(arguments: [0, 1, 3_000])
  func longReportsLandWhole(count: Int) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("printer-\(UUID().uuidString).txt").path
    defer { unlink(path) }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    try #require(descriptor >= 0)
    // Messages of varied length, non-ASCII included, so that lines straddle the blocks.
    let diagnostics = (0..<count).map { index in
      Diagnostic(
        .warning, rule: "translation.literal-changed",
        "'message' must stay as in the source: 'エラー \(index)' became '\(String(repeating: "x", count: index % 97))'",
        file: "ja-JP/page-\(index % 13).md", line: index + 1, column: index % 40 + 1)
    }
    let printer = DiagnosticPrinter(fileDescriptor: descriptor, useColour: false)
    printer.print(diagnostics)
    printer.printSummary(diagnostics, pages: 13)
    close(descriptor)

    let written = try String(contentsOfFile: path, encoding: .utf8)
    let plural = count == 1 ? "" : "s"
    let summary =
      count == 0
      ? "no problems found (13 pages checked)"
      : "0 errors, \(count) warning\(plural) in \(min(count, 13)) file\(plural) (13 pages checked)"
    #expect(written == diagnostics.map { $0.formatted + "\n" }.joined() + summary + "\n")
    if count == 3_000 { #expect(written.utf8.count > 4 * 65_536) }
  }
}
