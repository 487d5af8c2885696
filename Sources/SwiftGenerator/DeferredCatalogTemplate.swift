import Foundation

/// The catalog template, parsed when the Swift source is first rendered rather than when the generator is
/// made: a build answered by its cache, or whose catalog did not change, never renders it. A template read
/// from a templates folder is parsed at once (its errors are the user's, reported before any page is read);
/// the built-in one is known to parse (its tests parse it).
final class DeferredCatalogTemplate: @unchecked Sendable {
  private let text: String
  private let lock = NSLock()
  private var parsed: ChunkedTemplate?

  init(_ text: String) {
    self.text = text
  }

  init(parsed: ChunkedTemplate) {
    text = ""
    self.parsed = parsed
  }

  /// The template, parsed once.
  var template: ChunkedTemplate {
    lock.withLock {
      if let parsed { return parsed }
      do {
        let template = try ChunkedTemplate(text)
        parsed = template
        return template
      } catch {
        preconditionFailure("the built-in Swift catalog template does not parse: \(error)")
      }
    }
  }
}
