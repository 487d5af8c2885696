public import DocModel

/// A `:::name` block DocCatalog does not know: its content is shown as a plain block, its `:::` lines left
/// out.
public enum DocFXUnknownConstruct: DiagnosticRule {
  public static let rule = Rule(
    "docfx.unknown-construct", .warning, "an unknown ':::name' block is shown as a plain block")

  /// A `:::name` line no construct reads.
  static func unknown(_ name: String) -> String {
    "unknown DocFX block ':::\(name)'; its content is shown as a plain block"
  }
}
