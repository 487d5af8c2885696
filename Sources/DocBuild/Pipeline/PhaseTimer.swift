import Foundation

/// Wall-clock time per phase of a build and the peak memory when it ended, which `--timings` prints to show where the time goes.
public final class PhaseTimer: @unchecked Sendable {
  private let isEnabled: Bool
  private let lock = NSLock()
  private var phases: [(name: String, seconds: Double, peakMegabytes: Int, residentMegabytes: Int)] = []

  public init(enabled: Bool) { isEnabled = enabled }

  /// Runs `body`, recording its duration under `name` (phases may run concurrently).
  public func measure<Result, Failure: Error>(_ name: String, _ body: () throws(Failure) -> Result) throws(Failure)
    -> Result
  {
    guard isEnabled else { return try body() }
    let start = DispatchTime.now()
    defer {
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
      lock.lock()
      var usage = rusage()
      getrusage(RUSAGE_SELF.rawValue, &usage)
      phases.append((name, seconds, usage.ru_maxrss / 1024, Self.residentMegabytes()))
      lock.unlock()
    }
    return try body()
  }

  /// The resident memory now, from `/proc/self/statm` (0 where there is none).
  private static func residentMegabytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = statm.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
  }

  /// A line per phase, in the order they ended (none when disabled).
  public var report: [String] {
    lock.lock()
    defer { lock.unlock() }
    return phases.map {
      "timing: \($0.name) \(String(format: "%.3f", $0.seconds)) s, memory \($0.residentMegabytes) MB (peak so far \($0.peakMegabytes) MB)"
    }
  }
}
