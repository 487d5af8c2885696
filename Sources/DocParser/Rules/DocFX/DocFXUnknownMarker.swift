public import DocModel

/// An unknown [!NAME] marker is kept as text.
public enum DocFXUnknownMarker: DiagnosticRule {
  public static let rule = Rule("docfx.unknown-marker", .warning, "an unknown [!NAME] marker is kept as text")
}
