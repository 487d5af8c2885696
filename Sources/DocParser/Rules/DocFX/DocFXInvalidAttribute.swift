public import DocModel

/// A DocFX construct lacks an attribute it needs, or has one it cannot use.
public enum DocFXInvalidAttribute: DiagnosticRule {
  public static let rule = Rule(
    "docfx.invalid-attribute", .warning, "a DocFX construct lacks an attribute it needs or has one it cannot use")

  /// A required attribute is missing or empty.
  static func missing(_ attribute: String, of construct: String) -> String {
    "':::\(construct)' needs the attribute '\(attribute)'"
  }

  /// An attribute's value is none of those allowed.
  static func invalidValue(_ value: String, of attribute: String, in construct: String, allowed: [String]) -> String {
    "'\(attribute)=\"\(value)\"' of ':::\(construct)' is not one of \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
  }

  /// An attribute the construct does not know.
  static func unknown(_ attribute: String, of construct: String) -> String {
    "':::\(construct)' has no attribute '\(attribute)'; it is ignored"
  }

  /// The attribute text could not be read (a quote left open).
  static func unreadable(_ construct: String, _ problem: String) -> String {
    "the attributes of ':::\(construct)' cannot be read: \(problem)"
  }

  /// A video address that is not `https`, linked to rather than embedded.
  static func notEmbedded(_ address: String) -> String {
    "'[!VIDEO \(address)]' is not an https address: it is shown as a link, not embedded"
  }

  /// A `[!NAME]` marker without the address it needs.
  static func missingAddress(of marker: String) -> String {
    "'[!\(marker)]' needs an address, as in '[!\(marker) https://…]'"
  }
}
