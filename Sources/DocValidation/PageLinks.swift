public import DocModel

/// What the link rules need of a page: the links it makes and the anchors it offers. Taken from a page as
/// soon as it is parsed, so that `validate` can let the page's blocks go (see ``Validator``).
public struct PageLinks: Sendable {
  /// Every link of the page, with the range of its block or table cell.
  var links: [LinkChecks.Link]
  /// The anchors the page offers to `#fragment` links.
  var anchors: Set<String>

  public init(_ document: Document) {
    links = LinkChecks.links(in: document)
    anchors = Anchors.of(document)
  }
}
