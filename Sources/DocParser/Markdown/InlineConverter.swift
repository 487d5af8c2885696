import DocModel

/// Converts libcmark inline nodes into ``Inline`` values, merging adjacent text.
enum InlineConverter {
  /// Deeper nesting than this (emphasis inside emphasis ...) is flattened to its text.
  static let maximumDepth = 64

  /// The inlines of a node's children; `@uid` shorthands in their text become xrefs unless
  /// `findsShorthands` is false: in a link's text, which cannot hold another link, or on a page without any.
  static func convertChildren(of node: OpaquePointer, depth: Int = 0, findsShorthands: Bool = true) -> [Inline] {
    var inlines: [Inline] = []
    appendChildren(of: node, depth: depth, to: &inlines)
    return findsShorthands ? XrefShorthand.splitting(inlines) : inlines
  }

  /// The inlines of a paragraph that starts with the no-break space put before a table cell (see
  /// ``CellInlineParser``), without that space: it is left out as the first text is copied.
  static func convertChildren(ofCell node: OpaquePointer, findsShorthands: Bool = true) -> [Inline] {
    guard let first = CMarkNode.firstChild(node), CMarkNode.kind(first) == .text,
      let text = CMarkNode.literal(first, droppingPrefix: [0xC2, 0xA0])
    else {
      return removingLeadingNoBreakSpace(convertChildren(of: node, findsShorthands: findsShorthands))
    }
    var inlines: [Inline] = text.isEmpty ? [] : [.text(text)]
    var child = CMarkNode.next(first)
    while let current = child {
      append(current, depth: 0, to: &inlines)
      child = CMarkNode.next(current)
    }
    return findsShorthands ? XrefShorthand.splitting(inlines) : inlines
  }

  /// Appends the inlines of `node`'s children to `inlines`, without an array per node.
  private static func appendChildren(of node: OpaquePointer, depth: Int, to inlines: inout [Inline]) {
    var child = CMarkNode.firstChild(node)
    while let current = child {
      append(current, depth: depth, to: &inlines)
      child = CMarkNode.next(current)
    }
  }

  /// Appends the inline of a node read at the top of a paragraph.
  static func append(_ node: OpaquePointer, to inlines: inout [Inline]) {
    append(node, depth: 0, to: &inlines)
  }

  private static func append(_ node: OpaquePointer, depth: Int, to inlines: inout [Inline]) {
    if depth >= maximumDepth {
      appendText(flatText(of: node), to: &inlines)
      return
    }
    switch CMarkNode.kind(node) {
    case .text: appendText(CMarkNode.literal(node), to: &inlines)
    case .softBreak: inlines.append(.softBreak)
    case .lineBreak: inlines.append(.lineBreak)
    case .code: inlines.append(.code(CMarkNode.literal(node)))
    case .htmlInline: inlines.append(.html(CMarkNode.literal(node)))
    case .emphasis: inlines.append(.emphasis(convertChildren(of: node, depth: depth + 1)))
    case .strong: inlines.append(.strong(convertChildren(of: node, depth: depth + 1)))
    case .link:
      let link = link(node, depth: depth)
      if Xref.isXrefDestination(link.destination), let xref = xref(link) {
        inlines.append(.xref(xref))
      } else {
        inlines.append(.link(link))
      }
    case .image: inlines.append(.image(link(node, depth: depth)))
    default: appendChildren(of: node, depth: depth + 1, to: &inlines)
    }
  }

  /// Appends a text, joined to a text before it (libcmark splits text at every character that could
  /// have started markup); the joined text is grown in place.
  static func appendText(_ text: String, to inlines: inout [Inline]) {
    guard case .text = inlines.last else {
      inlines.append(.text(text))
      return
    }
    // Taken out of the array first, the text has no other owner and grows without a copy.
    guard case .text(var previous) = inlines.removeLast() else { return }
    previous += text
    inlines.append(.text(previous))
  }

  private static func link(_ node: OpaquePointer, depth: Int) -> Inline.Link {
    Inline.Link(
      destination: CMarkNode.url(node), title: CMarkNode.title(node),
      children: convertChildren(of: node, depth: depth + 1, findsShorthands: false))
  }

  /// The xref a link to `xref:…` is: an autolink (`<xref:uid>`, whose text is its address) shows the target's
  /// name, as a link without text does.
  private static func xref(_ link: Inline.Link) -> Xref? {
    let isAutolink: Bool
    if link.children.count == 1, case .text(let text) = link.children[0], text == link.destination {
      isAutolink = true
    } else {
      isAutolink = false
    }
    return Xref.parse(
      destination: link.destination, form: isAutolink ? .autolink : .link, children: isAutolink ? [] : link.children)
  }

  /// Removes the no-break space put before text to keep libcmark from reading it as a block start.
  static func removingLeadingNoBreakSpace(_ inlines: [Inline]) -> [Inline] {
    guard case .text(let text)? = inlines.first, text.utf8.first == 0xC2,
      text.utf8.dropFirst().first == 0xA0
    else { return inlines }
    var inlines = inlines
    let rest = Substring(text.utf8.dropFirst(2))
    if rest.isEmpty {
      inlines.removeFirst()
    } else {
      inlines[0] = .text(String(rest))
    }
    return inlines
  }

  /// The text of a subtree, gathered by walking it without recursion, so that no nesting can exhaust the stack.
  static func flatText(of node: OpaquePointer) -> String {
    var text = ""
    let walker = CMarkWalker(root: node)
    while let (current, event) = walker.next() {
      guard event == .enter else { continue }
      switch CMarkNode.kind(current) {
      case .text, .code: text += CMarkNode.literal(current)
      case .softBreak: text += " "
      case .lineBreak: text += "\n"
      default: break
      }
    }
    return text
  }
}
