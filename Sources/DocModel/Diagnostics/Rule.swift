/// What describes a check DocCatalog runs: its stable id, default severity and a one-line description. Each
/// rule is a type (``DiagnosticRule``) whose `rule` this is.
public struct Rule: Sendable, Hashable {
  public var id: String
  public var severity: Diagnostic.Severity
  public var summary: String

  public init(_ id: String, _ severity: Diagnostic.Severity, _ summary: String) {
    self.id = id
    self.severity = severity
    self.summary = summary
  }
}
