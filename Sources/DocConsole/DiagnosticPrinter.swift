public import DocModel
import Foundation

/// Prints diagnostics as `path:line:column: severity: message [rule-id]`, one a line, with colour on a
/// terminal and, when given the sources, an excerpt of the line with a caret under the column.
public struct DiagnosticPrinter: Sendable {
  private let fileDescriptor: Int32
  private let useColour: Bool
  /// When set, each diagnostic is followed by its source line and a caret under its column.
  private let excerpts: SourceExcerpts?

  public init(fileDescriptor: Int32, useColour: Bool? = nil, excerpts: SourceExcerpts? = nil) {
    self.fileDescriptor = fileDescriptor
    self.useColour =
      useColour ?? (isatty(fileDescriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    self.excerpts = excerpts
  }

  public static let standardError = DiagnosticPrinter(fileDescriptor: 2)

  public func print(_ diagnostics: [Diagnostic]) {
    BufferedOutput.writing(to: fileDescriptor) { output in
      for diagnostic in diagnostics {
        output.append(format(diagnostic))
        output.append("\n")
        if let excerpt = excerpts?.excerpt(for: diagnostic) { output.append(excerpt) }
      }
    }
  }

  /// `3 errors, 9 warnings in 2 files (62 pages checked)`, or that there is nothing to report.
  public func printSummary(_ diagnostics: [Diagnostic], pages: Int) {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    let notes = diagnostics.count - errors - warnings
    let files = Set(diagnostics.map(\.file)).count
    func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
    var parts = [counted(errors, "error"), counted(warnings, "warning")]
    if notes > 0 { parts.append(counted(notes, "note")) }
    let summary =
      diagnostics.isEmpty
      ? "no problems found (\(counted(pages, "page")) checked)"
      : parts.joined(separator: ", ") + " in \(counted(files, "file")) (\(counted(pages, "page")) checked)"
    write(summary + "\n")
  }

  /// The diagnostic's line, its control characters escaped (``TerminalText``): a file name or a quoted text
  /// cannot break it into lines of its own or reach the terminal as escape sequences.
  public func format(_ diagnostic: Diagnostic) -> String {
    let plain = TerminalText.escaped(diagnostic.formatted)
    guard useColour else { return plain }
    let colour =
      switch diagnostic.severity {
      case .error: "\u{1B}[1;31m"
      case .warning: "\u{1B}[1;35m"
      case .note: "\u{1B}[1;36m"
      }
    let severity = "\(diagnostic.severity.rawValue):"
    guard let range = plain.range(of: ": " + severity) else { return plain }
    return plain.replacingCharacters(in: range, with: ": \(colour)\(severity)\u{1B}[0m")
  }

  private func write(_ text: String) {
    BufferedOutput.write(Array(text.utf8), to: fileDescriptor)
  }
}
