public import DocModel
import DocParser

/// What the link rules need of a page: the links it makes and the anchors it offers. Taken from a page as
/// soon as it is parsed, so that `validate` can let the page's blocks go (see ``Validator``).
public struct PageLinks: Sendable {
  /// Every link of the page, with the range of its block or table cell.
  var links: [LinkChecks.Link]
  /// The anchors the page offers to `#fragment` links, those of the files it includes among them.
  var anchors: PageAnchors
  /// The local files the page shows or links to (``LinkMissingFile``).
  var files: [FileReferences.Reference]
  /// The xrefs the page makes (``LinkUnresolvedXref``).
  var xrefs: [XrefUse] = []

  /// The links and anchors of the page at `path` (relative to the docs folder; `localPath` inside its
  /// locale folder); `includes` has the files it includes, and `ownAnchors` keeps the anchors of each
  /// included file, by path, for the other pages that include it.
  public init(
    _ document: Document, path: String, localPath: String?, includes: any IncludeSource,
    ownAnchors: ConcurrentMemo<String, AnchorSet>
  ) {
    let addresses = PageAddresses.of(document)
    links = LinkChecks.links(in: addresses)
    files = FileReferences.of(addresses)
    xrefs = XrefUse.all(in: addresses)
    anchors = Anchors.of(document, path: path, localPath: localPath, includes: includes) { file, included in
      file == path
        ? AnchorSet(Anchors.own(included)) : ownAnchors.value(for: file) { AnchorSet(Anchors.own(included)) }.value
    }
  }

  /// The links of a table of contents (`TOC.md`, `toc.yml`), which offers no anchors: each destination with
  /// where it is written (`line`, `column`).
  public init(tableOfContents links: [(destination: String, line: Int, column: Int)]) {
    self.links = links.map {
      let place = SourceLocation(line: $0.line, column: $0.column)
      return LinkChecks.Link(destination: $0.destination, range: SourceRange(start: place, end: place), isExact: true)
    }
    anchors = .none
    files = []
  }

  /// The links of a file that is not a page and offers no anchors: a table of contents in Markdown
  /// (`TOC.md`), an included file.
  public init(linksOnly document: Document) {
    links = LinkChecks.links(in: document)
    anchors = .none
    files = []
  }
}
