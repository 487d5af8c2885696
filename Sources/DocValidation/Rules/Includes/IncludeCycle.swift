public import DocModel

/// [!INCLUDE]s include each other in a cycle.
public enum IncludeCycle: DiagnosticRule {
  public static let rule = Rule("include.cycle", .error, "[!INCLUDE]s include each other in a cycle")
}
