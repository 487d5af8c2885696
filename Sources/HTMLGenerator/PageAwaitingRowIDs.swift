public import DocModel

/// A site page rendered before the catalog gives its rows their ids, so that a page holding catalog rows
/// need not keep its parsed document until the whole catalog is built: it is rendered as soon as it is
/// parsed, with a marker (``RowIDMarkers``) where each of its own rows may take an id.
///
/// ``filled(with:)`` gives the bytes ``SiteGenerator/render(_:shown:rowIDs:xrefs:)`` gives with the ids, or
/// `nil` when that cannot be told without rendering the page again: the renderer takes the rows' ids before
/// any id in the text, so a row id that the page took for something else (a heading's slug, an anchor), or
/// two rows with one id, would have moved other ids.
public struct PageAwaitingRowIDs: Sendable {
  private let page: SiteGenerator.RenderedPage
  private let markers: RowIDMarkers
  /// The line of each marked row, by marker index.
  private let markedRowLines: [Int]
  /// Every id the page took, rendered without its rows' ids.
  private let takenIDs: Set<String>
  /// Whether the page holds the renderer's bytes as written, markers included.
  private let holdsRendererBytes: Bool

  /// The page of `job` in `site`, from `shown`, its xrefs resolved by `xrefs` (else the site's map).
  public init(
    _ job: SiteGenerator.Job, shown: SiteGenerator.Page, site: SiteGenerator, xrefs: XrefMap?,
    markers: RowIDMarkers
  ) {
    let rendered = site.render(job, shown: shown, rowIDs: [:], xrefs: xrefs, markers: markers)
    page = rendered.page
    self.markers = markers
    markedRowLines = rendered.markedRowLines
    takenIDs = rendered.takenIDs
    holdsRendererBytes = rendered.holdsRendererBytes
  }

  /// The page with its rows' ids, `rowIDs` by line (``CatalogRowLinks/rowIDs(of:)``); `nil` when it must be
  /// rendered again with them.
  public func filled(with rowIDs: [Int: String]) -> SiteGenerator.RenderedPage? {
    guard holdsRendererBytes else { return nil }
    // The ids as the renderer takes them: cleaned, an empty one taking nothing. Whether one is taken twice
    // does not depend on their order.
    var anchors: [Int: String] = [:]
    var claimed = Set<String>()
    for (line, id) in rowIDs {
      let clean = IDRegistry.clean(id)
      if clean.isEmpty { continue }
      guard !takenIDs.contains(clean), claimed.insert(clean).inserted else { return nil }
      anchors[line] = clean
    }
    guard let bytes = markers.filled(page.bytes, lines: markedRowLines, anchors: anchors) else { return nil }
    var filled = page
    filled.bytes = bytes
    return filled
  }
}
