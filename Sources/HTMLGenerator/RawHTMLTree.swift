import DocModel

/// Writes the raw HTML blocks of one container of blocks (a page, a quote, a list item …) as well-formed
/// HTML that holds only ``HTMLAllowlist``: what a browser would build of them, re-parented as HTML5 would
/// so that the page stays valid, everything else shown as text.
///
/// An element opened in one HTML block stays open over the Markdown blocks that follow, as CommonMark
/// reads `<td>` ⏎ ⏎ `**text**` ⏎ ⏎ `</td>`, until its end tag, a block it cannot hold, or the end of the
/// container. Text and text-level elements at the container's own level are a paragraph that ends with
/// the HTML block. Unclosed elements are closed, stray end tags dropped, table parts outside a table
/// dropped (as HTML5 does), list items and table rows given the list or row they need, an `<html>`,
/// `<head>` and `<body>` wrapper unwrapped, the head left out.
struct RawHTMLTree {
  private struct Element {
    var name: String
    /// Opened by the tree rather than the page: the paragraph around text, a list around a stray item.
    var isImplied = false
    /// For a table: the furthest of caption (1), columns (2), head (3), body (4), foot (5) opened in it.
    var tableStage = 0
  }

  private let ids: IDRegistry
  private var stack: [Element] = []
  /// How many of each element are open: an end tag for none is dropped at once.
  private var openCount: [String: Int] = [:]
  /// Where the current block's output starts: whitespace before its first element is not written.
  private var blockStart = 0
  private var isInHead = false
  /// Whitespace at the container's level or ending its paragraph, written only if content follows.
  private var pendingSpace: Substring = ""

  init(ids: IDRegistry) {
    self.ids = ids
  }

  /// Writes one HTML block.
  mutating func add(_ html: String, into output: inout HTMLOutput) {
    let start = output.bytes.count
    blockStart = start
    for token in RawHTMLScanner(html) {
      switch token {
      case .ignored: continue
      case .text(let text): if !isInHead { addText(text, into: &output) }
      case .tag(let tag, let source): addTag(tag, source: source, into: &output)
      }
    }
    // The paragraph of the block's own text ends with the block.
    pendingSpace = ""
    if stack.first?.isImplied == true, stack.first?.name == "p" { close(downTo: 0, into: &output) }
    if output.bytes.count > start, output.bytes.last != UInt8(ascii: "\n") { output += "\n" }
  }

  /// Closes what cannot hold the Markdown block that comes next (any block: a heading, a table …).
  mutating func prepareForBlock(into output: inout HTMLOutput) {
    pendingSpace = ""
    while let top = stack.last, !["div", "h1", "table"].allSatisfy({ HTMLAllowlist.accepts(top.name, $0) }) {
      close(downTo: stack.count - 1, into: &output)
    }
  }

  /// Closes everything still open, at the end of the container.
  mutating func finish(into output: inout HTMLOutput) {
    pendingSpace = ""
    guard !stack.isEmpty else { return }
    close(downTo: 0, into: &output)
    output += "\n"
  }

  private var top: String? { stack.last?.name }
  /// Whether the container's level, or its paragraph, is where the next content goes.
  private var isAtContainerLevel: Bool { stack.isEmpty || (stack.count == 1 && stack[0].isImplied) }

  private mutating func addText(_ text: Substring, into output: inout HTMLOutput) {
    if text.utf8.allSatisfy(Self.isSpace) {
      if isAtContainerLevel { pendingSpace += text } else { output += String(text) }
      return
    }
    makeRoomForText(into: &output)
    writePendingSpace(into: &output)
    output.appendEscaped(String(text))
  }

  private mutating func addTag(_ tag: RawHTMLScanner.Tag, source: Substring, into output: inout HTMLOutput) {
    switch tag.name {
    case "html": return
    case "body":
      isInHead = false
      return
    case "head":
      isInHead = !tag.isClosing
      return
    default: break
    }
    if isInHead { return }
    guard HTMLAllowlist.isAllowed(tag.name) else {
      addText(source, into: &output)
      return
    }
    if tag.isClosing {
      addEndTag(tag.name, into: &output)
      return
    }
    guard let attributes = HTMLAllowlist.attributes(of: tag, ids: ids) else {
      // An image with no address that may be shown: its text.
      if let alt = tag.value("alt"), !alt.isEmpty { addText(Substring(alt), into: &output) }
      return
    }
    guard makeRoom(for: tag.name, into: &output) else { return }
    writePendingSpace(into: &output)
    if open(tag.name, attributes: attributes, into: &output), tag.isSelfClosing,
      !HTMLAllowlist.void.contains(tag.name)
    {
      close(downTo: stack.count - 1, into: &output)
    }
  }

  /// Writes the start tag and keeps the element open; `false` when too deep (``HTMLAllowlist/maximumNesting``),
  /// and nothing is written.
  @discardableResult
  private mutating func open(
    _ name: String, attributes: String = "", isImplied: Bool = false, into output: inout HTMLOutput
  ) -> Bool {
    let isVoid = HTMLAllowlist.void.contains(name)
    guard isVoid || stack.count < HTMLAllowlist.maximumNesting else { return false }
    if let index = stack.indices.last, stack[index].name == "table", let stage = Self.tableStages[name] {
      stack[index].tableStage = max(stack[index].tableStage, stage)
    }
    output += "<\(name)\(attributes)>"
    if !isVoid {
      stack.append(Element(name: name, isImplied: isImplied))
      openCount[name, default: 0] += 1
    }
    return true
  }

  /// Opens the paragraph or closes elements until text may follow.
  private mutating func makeRoomForText(into output: inout HTMLOutput) {
    while let top, !HTMLAllowlist.acceptsText(top) { close(downTo: stack.count - 1, into: &output) }
    if stack.isEmpty {
      pendingSpace = ""
      open("p", isImplied: true, into: &output)
    }
  }

  /// Closes and opens elements until `name` may be opened; `false` when it may not be (a table part
  /// outside a table, or out of a table's order), and the tag is left out.
  private mutating func makeRoom(for name: String, into output: inout HTMLOutput) -> Bool {
    if HTMLAllowlist.phrasing.contains(name) {
      // A link inside a link ends the first, as HTML5 does.
      if name == "a", openCount["a", default: 0] > 0, let index = stack.lastIndex(where: { $0.name == "a" }) {
        close(downTo: index, into: &output)
      }
      while let top, !HTMLAllowlist.accepts(top, name) { close(downTo: stack.count - 1, into: &output) }
      if stack.isEmpty { makeRoomForText(into: &output) }
      return true
    }
    if let list = Self.listOfItem[name] {
      // A new item ends the open one of the same list; an item outside any list gets one.
      if let index = stack.lastIndex(where: { !Self.passedByItems.contains($0.name) }) {
        let element = stack[index]
        if Self.listOfItem[element.name] == list {
          close(downTo: index, into: &output)
        } else if element.name == list || (list == "ul" && element.name == "ol") {
          close(downTo: index + 1, into: &output)
        }
      }
      if let top, HTMLAllowlist.accepts(top, name) { return true }
      makeRoomForBlock(list, into: &output)
      open(list, isImplied: true, into: &output)
      return true
    }
    if HTMLAllowlist.tableParts.contains(name) {
      guard stack.contains(where: { $0.name == "table" }) else { return false }
      while let top {
        if top == "table", let stage = Self.tableStages[name],
          stage < stack[stack.count - 1].tableStage
            || (stage == stack[stack.count - 1].tableStage && stage != 2 && stage != 4)
        {
          return false
        }
        if HTMLAllowlist.accepts(top, name) { return true }
        if let wrapper = Self.impliedWrapper(of: name, in: top) {
          guard open(wrapper, isImplied: true, into: &output) else { return false }
          continue
        }
        if top == "table" { return false }
        close(downTo: stack.count - 1, into: &output)
      }
      return false
    }
    makeRoomForBlock(name, into: &output)
    return true
  }

  /// Closes elements until the block `name` may be opened.
  private mutating func makeRoomForBlock(_ name: String, into output: inout HTMLOutput) {
    while let top, !HTMLAllowlist.accepts(top, name) { close(downTo: stack.count - 1, into: &output) }
  }

  /// Closes the open `name` and what is open inside it, unless it lies outside the nearest table, cell or
  /// list that holds the end tag; a stray end tag is dropped.
  private mutating func addEndTag(_ name: String, into output: inout HTMLOutput) {
    guard openCount[name, default: 0] > 0 else { return }
    let boundaries: Set<String> =
      switch name {
      case "table": []
      case "caption", "colgroup", "thead", "tbody", "tfoot", "tr", "td", "th": ["table"]
      case "li": ["table", "td", "th", "caption", "ul", "ol"]
      default: ["table", "td", "th", "caption"]
      }
    for index in stack.indices.reversed() {
      if stack[index].name == name {
        close(downTo: index, into: &output)
        return
      }
      if boundaries.contains(stack[index].name) { return }
    }
  }

  /// Writes the end tags of the elements from the top of the stack down to `index`, inclusive.
  private mutating func close(downTo index: Int, into output: inout HTMLOutput) {
    while stack.count > index, let element = stack.popLast() {
      openCount[element.name, default: 1] -= 1
      if element.isImplied, element.name == "p" { pendingSpace = "" }
      output += "</\(element.name)>"
    }
  }

  private mutating func writePendingSpace(into output: inout HTMLOutput) {
    if stack.isEmpty, output.bytes.count == blockStart { pendingSpace = "" }
    if !pendingSpace.isEmpty {
      output += String(pendingSpace)
      pendingSpace = ""
    }
  }

  /// The list each kind of item belongs in.
  private static let listOfItem = ["li": "ul", "dt": "dl", "dd": "dl"]
  /// Elements an item's start looks past for the item or list it ends.
  private static let passedByItems = HTMLAllowlist.phrasing.union(["p", "div"])
  /// Where each part stands in a table's order.
  private static let tableStages = [
    "caption": 1, "colgroup": 2, "col": 2, "thead": 3, "tbody": 4, "tr": 4, "td": 4, "th": 4, "tfoot": 5,
  ]

  /// The element a table part needs around it when `parent` cannot hold it: a body for rows, a row for
  /// cells, a column group for columns.
  private static func impliedWrapper(of name: String, in parent: String) -> String? {
    switch (parent, name) {
    case ("table", "tr"), ("table", "td"), ("table", "th"): "tbody"
    case ("thead", "td"), ("thead", "th"), ("tbody", "td"), ("tbody", "th"), ("tfoot", "td"), ("tfoot", "th"): "tr"
    case ("table", "col"): "colgroup"
    default: nil
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
      || byte == 0x0C
  }
}
