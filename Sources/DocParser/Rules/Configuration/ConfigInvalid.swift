public import DocModel

/// The configuration is not valid.
public enum ConfigInvalid: DiagnosticRule {
  public static let rule = Rule("config.invalid", .error, "the configuration is not valid")
}
