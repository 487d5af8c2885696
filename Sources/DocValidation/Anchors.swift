import DocModel

/// The anchors a page offers to `#fragment` links: its headings' ids (``HeadingIDs``, as the site writes
/// them), `<a name>` anchors and HTML `id`s.
enum Anchors {
  static func of(_ document: Document) -> Set<String> {
    var anchors = Set(HeadingIDs.assign(document.headings))
    document.forEachBlock { block in
      switch block {
      case .heading(let heading):
        if let anchor = heading.anchor { anchors.insert(anchor) }
        collect(heading.inlines, into: &anchors)
      case .paragraph(let paragraph):
        collect(paragraph.inlines, into: &anchors)
      case .htmlBlock(let html):
        anchors.formUnion(htmlAnchors(html.html))
      case .table(let table):
        table.forEachCell { collect($0.inlines, into: &anchors) }
      default:
        break
      }
    }
    return anchors
  }

  private static func collect(_ inlines: [Inline], into anchors: inout Set<String>) {
    for inline in inlines {
      switch inline {
      case .html(let html): anchors.formUnion(htmlAnchors(html))
      case .emphasis(let children), .strong(let children): collect(children, into: &anchors)
      case .link(let link): collect(link.children, into: &anchors)
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
