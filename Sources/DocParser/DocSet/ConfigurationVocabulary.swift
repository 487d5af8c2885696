/// What a configuration may name beyond its own keys: the outputs `build` knows (`outputs:`) and the rules
/// (`rules:`). The pipeline passes its registries, so the configuration reader never keeps lists of its own.
public struct ConfigurationVocabulary: Sendable {
  /// The output keys, in order, such as `json`, `swift`, `html`.
  public var outputs: [String]
  /// Whether a rule id names a rule.
  public var isRule: @Sendable (String) -> Bool

  public init(outputs: [String], isRule: @escaping @Sendable (String) -> Bool) {
    self.outputs = outputs
    self.isRule = isRule
  }
}
