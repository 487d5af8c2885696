import Mustache

/// Text handed to a Mustache template, rendered as it is.
///
/// swift-mustache renders a plain `String` value after trying it against half a dozen protocols, each a
/// runtime conformance lookup, and then `String(describing:)`. This wrapper is found by the first one it
/// tries for a variable (`MustacheCustomRenderable`). It behaves as the string would in sections and
/// transforms, `sorted` included.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, Comparable, Sendable {
  let renderText: String
  /// Text is never null: a section on it shows, as it does on a string, even an empty one.
  var isNull: Bool { false }

  init(_ text: String) { renderText = text }

  func transform(_ name: String) -> Any? { renderText.transform(name) }

  static func < (lhs: TemplateText, rhs: TemplateText) -> Bool { lhs.renderText < rhs.renderText }
}
