/// Why a command stopped before its end, with the exit status a command line gives it: 2 for a usage
/// problem (a missing docs folder, an unreadable template or configuration file), 1 for docs with errors.
/// The findings themselves went to the ``BuildObserver`` before it was thrown.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
  public enum Kind: Sendable {
    /// The command was asked for something it cannot do.
    case usage
    /// The docs have errors, or an output could not be written.
    case failed
  }

  public var kind: Kind
  /// One line for people, such as `build failed with 2 errors; no output written`.
  public var description: String

  public init(_ kind: Kind, _ description: String) {
    self.kind = kind
    self.description = description
  }
}
