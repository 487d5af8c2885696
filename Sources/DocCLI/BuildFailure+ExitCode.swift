import ArgumentParser
import DocBuild
import DocConsole

extension BuildFailure {
  /// Prints the failure, and gives the exit status for it: 2 for a usage problem, 1 otherwise.
  var printedExitCode: ExitCode { ExitCode(printedExitStatus()) }
}
