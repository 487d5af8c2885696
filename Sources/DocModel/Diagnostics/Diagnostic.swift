/// A problem found in the docs or the configuration, with a stable rule identifier.
///
/// Printed as `path:line:column: severity: message [rule-id]`, the format compilers and editors understand.
/// ``column`` counts characters (grapheme clusters), not bytes.
public struct Diagnostic: Sendable, Hashable, Codable {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case error, warning, note

    private var rank: Int {
      switch self {
      case .error: 2
      case .warning: 1
      case .note: 0
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  public var severity: Severity
  /// A stable identifier such as `table.cell-count-mismatch`.
  public var rule: String
  /// Terse, lowercase, no trailing period; names in 'single quotes'.
  public var message: String
  /// The file, as given to the parser (relative paths stay relative).
  public var file: String
  /// The 1-based line, or 0 when the problem concerns the whole file.
  public var line: Int
  /// The 1-based character column, or 0 when unknown.
  public var column: Int

  public init(
    _ severity: Severity, rule: String, _ message: String, file: String, line: Int = 0, column: Int = 0
  ) {
    self.severity = severity
    self.rule = rule
    self.message = message
    self.file = file
    self.line = line
    self.column = column
  }

  /// `path:line:column: severity: message [rule-id]`, omitting a zero line or column.
  public var formatted: String {
    var location = file
    if line > 0 {
      location += ":\(line)"
      if column > 0 { location += ":\(column)" }
    }
    return "\(location): \(severity.rawValue): \(message) [\(rule)]"
  }
}

extension Diagnostic: Comparable {
  /// Orders by file, line, column, then rule, so reports are deterministic.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.file, lhs.line, lhs.column, lhs.rule, lhs.message)
      < (rhs.file, rhs.line, rhs.column, rhs.rule, rhs.message)
  }
}
