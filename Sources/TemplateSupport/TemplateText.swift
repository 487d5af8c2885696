public import Mustache

/// Text handed to a Mustache template, rendered as it is.
///
/// swift-mustache renders a plain `String` value after trying it against half a dozen protocols, each a
/// runtime conformance lookup, and then `String(describing:)`. This wrapper is found by the first one it
/// tries for a variable (`MustacheCustomRenderable`). It behaves as the string would in sections and
/// transforms, `sorted` included. As the top of a section's context it has no named children, as a string
/// has none, without the reflection swift-mustache would otherwise use to look for them.
public struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent, Comparable, Sendable {
  public let renderText: String
  /// Text is never null: a section on it shows, as it does on a string, even an empty one.
  public var isNull: Bool { false }

  public init(_ text: String) { renderText = text }

  public func transform(_ name: String) -> Any? { renderText.transform(name) }

  public func child(named name: String) -> Any? { nil }

  public static func < (lhs: TemplateText, rhs: TemplateText) -> Bool { lhs.renderText < rhs.renderText }
}
