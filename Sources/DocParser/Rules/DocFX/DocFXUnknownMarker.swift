public import DocModel

/// An unknown [!NAME] marker is kept as text.
public enum DocFXUnknownMarker: DiagnosticRule {
  public static let rule = Rule("docfx.unknown-marker", .warning, "an unknown [!NAME] marker is kept as text")

  /// A marker name that is no alert, include, div or other known DocFX marker.
  static func unknown(_ name: String) -> String { "unknown DocFX marker '[!\(name)]' is kept as text" }
}
