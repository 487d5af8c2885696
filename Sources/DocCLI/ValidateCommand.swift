import ArgumentParser
import DocBuild
import DocConsole
import DocModel
import DocParser
import DocValidation
import Foundation
import JSONGenerator

/// `doccatalog validate [DOCS_DIR]`: runs ``ValidationPipeline`` and prints its findings in CI-native formats.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check the docs' tables, front matter, links and translations.",
    discussion: """
      Prints 'path:line:column: severity: message [rule-id]' for each problem. Exits 0 when there are no \
      errors (warnings are fine), 1 on errors, 2 on usage or I/O errors. The configuration's 'rules' set each \
      rule's severity or turn it off; --list-rules describes them.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, github, json, sarif
  }

  @Argument(help: "The docs folder.")
  var docsDirectory: String = "docs"

  @Option(help: "The configuration file (default: DOCS_DIR/doccatalog.yml).")
  var config: String?

  @Option(help: "The output format: text, github (workflow commands), json or sarif (SARIF 2.1.0).")
  var format: Format = .text

  @Flag(help: "Treat warnings as errors.")
  var strict = false

  @Flag(help: "List the rules with their default severity, and exit.")
  var listRules = false

  @Flag(help: "Print how long each phase of the validation took.")
  var timings = false

  func run() throws {
    if listRules {
      let rules = RuleRegistry.all
      let width = rules.map(\.id.count).max() ?? 0
      let lines = rules.map {
        $0.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
          + $0.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + $0.summary
      }
      FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
      return
    }
    let timer = PhaseTimer(enabled: timings)
    defer { timer.printReport() }
    let result: ValidationPipeline.Result
    do throws(BuildFailure) {
      var pipeline = ValidationPipeline(docsDirectory: docsDirectory, configPath: config, strict: strict)
      pipeline.endsWithProcess = true
      result = try pipeline.run(observer: ConsoleObserver(), timer: timer)
    } catch {
      throw error.printedExitCode
    }
    defer { ProcessLifetime.keep(result) }
    timer.measure("report") { write(result.diagnostics, docSet: result.docSet) }
    if result.hasErrors { throw ExitCode(1) }
  }

  /// Prints the findings in the chosen format.
  private func write(_ diagnostics: [Diagnostic], docSet: DocSet) {
    switch format {
    case .text:
      let printer = DiagnosticPrinter(fileDescriptor: 1, excerpts: SourceExcerpts(docSet: docSet))
      printer.print(diagnostics)
      printer.printSummary(diagnostics, pages: docSet.pages.count)
    case .github:
      BufferedOutput.writing(to: 1) { output in
        for diagnostic in diagnostics { output.append(GitHubAnnotation.line(diagnostic) + "\n") }
      }
    case .json:
      BufferedOutput.writing(to: 1) { output in DiagnosticReport.writeJSON(diagnostics) { output.append($0) } }
    case .sarif:
      BufferedOutput.writing(to: 1) { output in
        DiagnosticReport.writeSARIF(diagnostics, rules: RuleRegistry.all, toolVersion: DocCatalogVersion.current) {
          output.append($0)
        }
      }
    }
  }
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
enum GitHubAnnotation {
  static func line(_ diagnostic: Diagnostic) -> String {
    var properties = ["file=\(escapeProperty(diagnostic.file))"]
    if diagnostic.line > 0 { properties.append("line=\(diagnostic.line)") }
    if diagnostic.column > 0 { properties.append("col=\(diagnostic.column)") }
    properties.append("title=\(escapeProperty(diagnostic.rule))")
    let command = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
    return "::\(command) \(properties.joined(separator: ","))::\(escapeData(diagnostic.message))"
  }

  /// A message: `%`, CR and LF percent-encoded.
  static func escapeData(_ text: String) -> String {
    escaped(text, alsoEscaping: [])
  }

  /// A property value: as a message, and `:` and `,` too.
  static func escapeProperty(_ text: String) -> String {
    escaped(text, alsoEscaping: [UInt8(ascii: ":"), UInt8(ascii: ",")])
  }

  /// One pass over the bytes. Every escaped byte is ASCII, so no multi-byte character is split.
  private static func escaped(_ text: String, alsoEscaping extra: [UInt8]) -> String {
    func needsEscape(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: "%") || byte == 0x0D || byte == 0x0A || extra.contains(byte)
    }
    guard text.utf8.contains(where: needsEscape) else { return text }
    let hex = Array("0123456789ABCDEF".utf8)
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      if needsEscape(byte) {
        result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      } else {
        result.append(byte)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}
