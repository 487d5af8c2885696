import DocBuild
import Foundation

extension PhaseTimer {
  /// Prints each phase on standard error (`--timings`), in the order they ended.
  func printReport() {
    let lines = report
    guard !lines.isEmpty else { return }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }
}
