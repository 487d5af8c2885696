package import DocBuild

extension BuildFailure {
  /// Prints the failure on standard error, and gives the process's exit status for it: 2 for a usage
  /// problem, 1 otherwise.
  package func printedExitStatus() -> Int32 {
    if !description.isEmpty { Console.error(description) }
    return kind == .usage ? 2 : 1
  }
}
