package import DocBuild
package import DocModel
import Foundation

/// Prints what a command tells: findings on standard error as `path:line:column: severity: message [rule]`,
/// information and problems on standard error too, standard-output outputs on standard output.
package struct ConsoleObserver: BuildObserver {
  /// Print findings and problems only.
  var quiet = false
  /// Which findings are printed (`lookup` shows errors only).
  var showing: @Sendable (Diagnostic) -> Bool = { _ in true }

  package init(quiet: Bool = false, showing: @escaping @Sendable (Diagnostic) -> Bool = { _ in true }) {
    self.quiet = quiet
    self.showing = showing
  }

  package func observe(_ event: BuildEvent) {
    switch event {
    case .diagnostics(let diagnostics): DiagnosticPrinter.standardError.print(diagnostics.filter(showing))
    case .info(let message): if !quiet { Console.info(message) }
    case .problem(let message): Console.error(message)
    case .standardOutput(let file): file.produce { FileHandle.standardOutput.write(Data($0)) }
    }
  }
}
