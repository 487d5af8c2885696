import ArgumentParser
import DocConsole
import DocModel
import DocParser
import Foundation
import JSONGenerator

/// `doccatalog parse FILE... --format json`: prints the typed document model of each file.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Print the typed document model of Markdown files, for debugging and for tools."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    /// The whole model as JSON.
    case json
    /// One line a file: its tables, rows and cells.
    case summary
  }

  @Argument(help: "The Markdown files to parse.")
  var files: [String]

  @Option(help: "The output format.")
  var format: Format = .json

  func run() throws {
    let parser = MarkdownParser()
    var documents: [JSONValue] = []
    var summary = ""
    var diagnostics: [Diagnostic] = []
    for file in files {
      let page = parser.parse(contentsOf: file)
      switch format {
      case .json:
        documents.append(DocumentJSON.value(for: page.document, diagnostics: page.diagnostics))
      case .summary:
        let tables = page.document.tables
        let rows = tables.reduce(0) { $0 + $1.rows.count }
        let cells = tables.reduce(0) { $0 + ($1.rows.count + 1) * $1.columnCount }
        summary += "\(file): \(page.document.blocks.count) blocks, \(tables.count) tables, \(rows) rows, \(cells) cells\n"
      }
      diagnostics += page.diagnostics
    }
    let output = format == .json ? JSONOutput.encode(JSONValue.array(documents)) : Array(summary.utf8)
    FileHandle.standardOutput.write(Data(output))
    DiagnosticPrinter.standardError.print(diagnostics)
    if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
  }
}
