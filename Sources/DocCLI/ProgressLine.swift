import DocBuild
import Foundation

/// How far a long build is: pages done out of the total and the rate, on standard error.
///
/// On a terminal the line is redrawn in place at most ten times a second and erased when the step ends;
/// when forced on for a non-terminal (`--progress`), each redraw is a line of its own. A disabled progress
/// line prints nothing, so `--quiet` and piped runs show diagnostics only.
final class ProgressLine: BuildProgress, @unchecked Sendable {
  private let isEnabled: Bool
  private let isTerminal: Bool
  private let lock = NSLock()
  private var step = ""
  private var total = 0
  private var done = 0
  private var started = DispatchTime.now()
  private var lastDrawn: DispatchTime?

  /// A progress line shown when standard error is a terminal, or always when `forced`; never when `quiet`.
  init(quiet: Bool, forced: Bool) {
    isTerminal = isatty(STDERR_FILENO) == 1
    isEnabled = !quiet && (isTerminal || forced)
  }

  /// Starts a step of `total` units, such as "parsing pages".
  func begin(_ step: String, total: Int) {
    guard isEnabled else { return }
    lock.lock()
    defer { lock.unlock() }
    self.step = step
    self.total = total
    done = 0
    started = .now()
    lastDrawn = nil
  }

  /// Counts one unit done; safe to call from any thread.
  func advance() {
    guard isEnabled else { return }
    lock.lock()
    defer { lock.unlock() }
    done += 1
    let now = DispatchTime.now()
    if done == total || lastDrawn.map({ now.uptimeNanoseconds - $0.uptimeNanoseconds >= 100_000_000 }) ?? true {
      lastDrawn = now
      draw(now)
    }
  }

  /// Ends the step, erasing the line on a terminal.
  func end() {
    guard isEnabled, isTerminal else { return }
    write("\r\u{1B}[K")
  }

  private func draw(_ now: DispatchTime) {
    let seconds = Double(now.uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    let rate = seconds > 0 ? Int((Double(done) / seconds).rounded()) : 0
    let text = "\(step): \(done)/\(total) pages (\(rate) pages/s)"
    write(isTerminal ? "\r\u{1B}[K" + text : text + "\n")
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
