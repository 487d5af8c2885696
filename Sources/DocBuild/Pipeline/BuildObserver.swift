public import DocModel

/// What a command tells the person running it, in the order it happens. The pipeline never prints: the
/// command line prints these, a preview server may show them.
public protocol BuildObserver: Sendable {
  func observe(_ event: BuildEvent)
}

/// One thing a command has to say.
public enum BuildEvent: Sendable {
  /// Findings, as soon as a step has them.
  case diagnostics([Diagnostic])
  /// A line of information, such as `wrote docs/generated/catalog.json: 31 entries, …`.
  case info(String)
  /// A problem that is not a finding in the docs, such as an output that cannot be written.
  case problem(String)
  /// An output that goes to standard output (`--json -`): its bytes, a chunk at a time.
  case standardOutput(OutputFile)
}

/// How far a long step is: the command line draws it as a progress line.
public protocol BuildProgress: Sendable {
  /// Starts a step of `total` units, such as "building" pages.
  func begin(_ step: String, total: Int)
  /// Counts one unit done; called from any thread.
  func advance()
  func end()
}

/// Progress nobody watches.
public struct NoProgress: BuildProgress {
  public init() {}
  public func begin(_ step: String, total: Int) {}
  public func advance() {}
  public func end() {}
}
