import DocModel

/// The anchors a page offers to `#fragment` links, as Learn's pages have them: its headings' ids
/// (``HeadingIDs``, as the site writes them), `<a name>` anchors and HTML `id`s, the ids of its DocFX tabs
/// (`# [Azure CLI](#tab/azure-cli)` offers `tab/azure-cli`), and the anchors of the files it includes, whose
/// content is part of the page (an included file's headings numbered on their own, as DocFX parses it as a
/// document of its own).
enum Anchors {
  /// The most files whose anchors count for one page: far more than real pages include, few enough that
  /// thousands of pages each including thousands of files cost little.
  static let maxIncludedFiles = 1_000

  /// The anchors of a page at `path` (relative to the docs folder; `localPath` inside its locale folder)
  /// and of the files it includes, however deeply (up to ``IncludeBudget/maxDepth``, each file once, at most
  /// ``maxIncludedFiles``); `own` gives a file's own anchors (``own(_:)``), so that a caller can keep those
  /// of a file many pages include, and share them.
  static func of(
    _ document: Document, path: String, localPath: String?, includes: any IncludeSource,
    own: (String, Document) -> AnchorSet = { AnchorSet(own($1)) }
  ) -> PageAnchors {
    var anchors = PageAnchors(own: own(path, document))
    guard !document.includes.isEmpty else { return anchors }
    var seen: Set<String> = [path]
    var queue = document.includes.reversed().map { (include: $0, file: path, localPath: localPath, depth: 1) }
    while let next = queue.popLast(), anchors.included.count < maxIncludedFiles {
      let candidates = IncludePaths.candidates(for: next.include.path, in: next.file, localPath: next.localPath)
      guard let found = candidates.first(where: { includes.document(atPath: $0) != nil }),
        seen.insert(found).inserted, let included = includes.document(atPath: found)
      else { continue }
      anchors.included.append(own(found, included))
      if next.depth < IncludeBudget.maxDepth {
        queue += included.includes.reversed().map { ($0, found, nil, next.depth + 1) }
      }
    }
    return anchors
  }

  /// The anchors of one file, without those of the files it includes.
  static func own(_ document: Document) -> Set<String> {
    var anchors = Set(HeadingIDs.assign(document.headings))
    document.forEachBlock { block in
      switch block {
      case .heading(let heading):
        if let anchor = heading.anchor { anchors.insert(anchor) }
        anchors.formUnion(tabIDs(heading))
        collect(heading.inlines, into: &anchors)
      case .paragraph(let paragraph):
        collect(paragraph.inlines, into: &anchors)
      case .htmlBlock(let html):
        anchors.formUnion(htmlAnchors(html.html))
      case .table(let table):
        collect(cellsOf: table.header.cells, into: &anchors)
        for row in table.rows { collect(cellsOf: row.cells, into: &anchors) }
      case .docfx(let docfx):
        // A tab group's tabs, read from their headings, are named by its `tab` attributes.
        for attribute in docfx.construct.attributes.list where attribute.name == "tab" {
          anchors.formUnion(tabIDs(id: "tab/" + attribute.value))
        }
      default:
        break
      }
    }
    return anchors
  }

  /// The ids of a DocFX tab, a heading that is only a link to `#tab/ID`: `tab/ID`; a tab shown for another
  /// tab's choice (`#tab/ID/CONDITION`) is named by links with or without its condition.
  static func tabIDs(_ heading: Heading) -> [String] {
    let parts = heading.inlines.filter {
      if case .text(let text) = $0 { return !text.allSatisfy(\.isWhitespace) }
      return true
    }
    guard parts.count == 1, case .link(let link) = parts[0], link.destination.hasPrefix("#tab/") else {
      return []
    }
    return tabIDs(id: String(link.destination.dropFirst()))
  }

  /// The ids a tab whose fragment is `id` (`tab/ID`, or `tab/ID/CONDITION`) answers to.
  static func tabIDs(id: String) -> [String] {
    let id = Substring(id)
    let name = id.dropFirst("tab/".count).prefix { $0 != "/" }
    guard !name.isEmpty else { return [] }
    let short = "tab/" + name
    return short.count == id.count ? [short] : [short, String(id)]
  }

  /// The anchors of a row's cells, each cell's inlines read where they are rather than the cell copied.
  private static func collect(cellsOf cells: [TableCell], into anchors: inout Set<String>) {
    for index in cells.indices { collect(cells[index].inlines, into: &anchors) }
  }

  private static func collect(_ inlines: [Inline], into anchors: inout Set<String>) {
    for inline in inlines {
      switch inline {
      case .html(let html): anchors.formUnion(htmlAnchors(html))
      case .emphasis(let children), .strong(let children): collect(children, into: &anchors)
      case .link(let link): collect(link.children, into: &anchors)
      case .xref(let xref): collect(xref.children, into: &anchors)
      default: break
      }
    }
  }

  /// `name="x"` and `id="x"` values in HTML.
  static func htmlAnchors(_ html: String) -> [String] {
    // Most inline HTML (`<br />`) has no attribute value at all.
    guard html.utf8.contains(UInt8(ascii: "=")) else { return [] }
    var found: [String] = []
    for attribute in ["name=", "id="] {
      var rest = Substring(html)
      while let offset = rest.utf8Offset(of: attribute) {
        rest = rest[rest.utf8.index(rest.startIndex, offsetBy: offset + attribute.utf8.count)...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { continue }
        let value = rest.dropFirst().prefix { $0 != quote }
        if !value.isEmpty { found.append(String(value)) }
      }
    }
    return found
  }
}
