public import DocModel

/// A paragraph that is `[!VIDEO address]` alone, without the `>` of the block quote DocFX reads it in: the
/// site shows it as the video anyway, and the writer is told how DocFX expects it.
public enum DocFXVideoUnquoted: DiagnosticRule {
  public static let rule = Rule(
    "docfx.video-unquoted", .warning, "a [!VIDEO] marker is written without the '>' of the block quote DocFX expects")

  /// A video marker with `address`, alone in its paragraph.
  static func unquoted(_ address: String) -> String {
    "'[!VIDEO \(address)]' is not in a block quote: DocFX expects '> [!VIDEO \(address)]'"
  }
}
