import ArgumentParser
import DocBuild
import DocModel
import Foundation

/// Prints what a command tells: findings on standard error as `path:line:column: severity: message [rule]`,
/// information and problems on standard error too, standard-output outputs on standard output.
struct ConsoleObserver: BuildObserver {
  /// Print findings and problems only.
  var quiet = false
  /// Which findings are printed (`lookup` shows errors only).
  var showing: @Sendable (Diagnostic) -> Bool = { _ in true }

  func observe(_ event: BuildEvent) {
    switch event {
    case .diagnostics(let diagnostics): DiagnosticPrinter.standardError.print(diagnostics.filter(showing))
    case .info(let message): if !quiet { Console.info(message) }
    case .problem(let message): Console.error(message)
    case .standardOutput(let file): file.produce { FileHandle.standardOutput.write(Data($0)) }
    }
  }
}

extension BuildFailure {
  /// Prints the failure, and gives the exit status for it: 2 for a usage problem, 1 otherwise.
  var printedExitCode: ExitCode {
    if !description.isEmpty { Console.error(description) }
    return ExitCode(kind == .usage ? 2 : 1)
  }
}
