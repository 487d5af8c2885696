import DocModel

/// Converts libcmark inline nodes into ``Inline`` values, merging adjacent text.
enum InlineConverter {
  /// Deeper nesting than this (emphasis inside emphasis ...) is flattened to its text.
  static let maximumDepth = 64

  static func convertChildren(of node: OpaquePointer, depth: Int = 0) -> [Inline] {
    var inlines: [Inline] = []
    var child = CMarkNode.firstChild(node)
    while let current = child {
      append(convert(current, depth: depth), to: &inlines)
      child = CMarkNode.next(current)
    }
    return inlines
  }

  private static func convert(_ node: OpaquePointer, depth: Int) -> [Inline] {
    if depth >= maximumDepth {
      return [.text(flatText(of: node))]
    }
    switch CMarkNode.kind(node) {
    case .text: return [.text(CMarkNode.literal(node))]
    case .softBreak: return [.softBreak]
    case .lineBreak: return [.lineBreak]
    case .code: return [.code(CMarkNode.literal(node))]
    case .htmlInline: return [.html(CMarkNode.literal(node))]
    case .emphasis: return [.emphasis(convertChildren(of: node, depth: depth + 1))]
    case .strong: return [.strong(convertChildren(of: node, depth: depth + 1))]
    case .link: return [.link(link(node, depth: depth))]
    case .image: return [.image(link(node, depth: depth))]
    default:
      return convertChildren(of: node, depth: depth + 1)
    }
  }

  private static func link(_ node: OpaquePointer, depth: Int) -> Inline.Link {
    Inline.Link(
      destination: CMarkNode.url(node), title: CMarkNode.title(node),
      children: convertChildren(of: node, depth: depth + 1))
  }

  /// Removes the no-break space put before text to keep libcmark from reading it as a block start.
  static func removingLeadingNoBreakSpace(_ inlines: [Inline]) -> [Inline] {
    guard case .text(let text)? = inlines.first, text.unicodeScalars.first == "\u{A0}" else { return inlines }
    let rest = String(text.unicodeScalars.dropFirst())
    return rest.isEmpty ? Array(inlines.dropFirst()) : [.text(rest)] + inlines.dropFirst()
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

  /// Appends inlines, joining a text to a text before it.
  static func append(_ new: [Inline], to inlines: inout [Inline]) {
    for inline in new {
      if case .text(let text) = inline, case .text(let previous)? = inlines.last {
        inlines[inlines.count - 1] = .text(previous + text)
      } else {
        inlines.append(inline)
      }
    }
  }
}
