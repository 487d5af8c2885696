import ArgumentParser
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
    case json
  }

  @Argument(help: "The Markdown files to parse.")
  var files: [String]

  @Option(help: "The output format.")
  var format: Format = .json

  func run() throws {
    let parser = MarkdownParser()
    var documents: [JSONValue] = []
    var diagnostics: [Diagnostic] = []
    for file in files {
      let page = parser.parse(contentsOf: file)
      documents.append(DocumentJSON.value(for: page.document, diagnostics: page.diagnostics))
      diagnostics += page.diagnostics
    }
    let output = try JSONOutput.encode(JSONValue.array(documents))
    FileHandle.standardOutput.write(Data(output))
    DiagnosticPrinter.standardError.print(diagnostics)
    if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
  }
}
