public import DocModel
import Foundation

/// Prints diagnostics as `path:line:column: severity: message [rule-id]`, one a line, with colour on a terminal.
public struct DiagnosticPrinter: Sendable {
  private let fileDescriptor: Int32
  private let useColour: Bool

  public init(fileDescriptor: Int32, useColour: Bool? = nil) {
    self.fileDescriptor = fileDescriptor
    self.useColour = useColour ?? (isatty(fileDescriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
  }

  public static let standardError = DiagnosticPrinter(fileDescriptor: 2)

  public func print(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    var text = ""
    for diagnostic in diagnostics { text += format(diagnostic) + "\n" }
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { break }
        offset += written
      }
    }
  }

  public func format(_ diagnostic: Diagnostic) -> String {
    guard useColour else { return diagnostic.formatted }
    let colour = switch diagnostic.severity {
    case .error: "\u{1B}[1;31m"
    case .warning: "\u{1B}[1;35m"
    case .note: "\u{1B}[1;36m"
    }
    let plain = diagnostic.formatted
    let severity = "\(diagnostic.severity.rawValue):"
    guard let range = plain.range(of: ": " + severity) else { return plain }
    return plain.replacingCharacters(in: range, with: ": \(colour)\(severity)\u{1B}[0m")
  }
}
