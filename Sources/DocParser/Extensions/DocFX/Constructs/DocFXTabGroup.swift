import DocModel

/// DocFX's tab group: headings whose whole text is a link to `#tab/id` (`# [Azure CLI](#tab/azure-cli)`),
/// each followed by its tab's content, up to a `---` line (or a heading as high as the tabs' that is not a
/// tab). Shown as a tab strip that works without JavaScript, each tab's panel linkable as `#tab/id`.
struct DocFXTabGroup: DocFXConstructReader {
  /// One tab: its label, its id (`azure-cli`, or `azure-cli/windows` for a dependent tab) and its content.
  struct Tab: Sendable, Hashable {
    var label: [Inline]
    var id: String
    var blocks: [Block]
  }

  static let name = "tabs"
  static let opener = DocFXOpener.tabHeading

  var tabs: [Tab]

  var attributes: DocFXAttributes {
    DocFXAttributes(tabs.map { .init(name: "tab", value: $0.id) })
  }

  var blocks: [Block] { tabs.flatMap(\.blocks) }

  static func read(_ blocks: [Block], at index: Int, in reading: DocFXReading) -> (block: Block, taken: Int)? {
    guard case .heading(let first) = blocks[index], DocFXReading.tabID(of: first) != nil else { return nil }
    let level = first.level
    var tabs: [Tab] = []
    var content: [Block] = []
    var position = index
    var end = blocks.count
    func closeTab() {
      guard !tabs.isEmpty else { return }
      tabs[tabs.count - 1].blocks = reading.interpret(content)
      content = []
    }
    scan: while position < blocks.count {
      let block = blocks[position]
      switch block {
      case .heading(let heading) where heading.level == level && DocFXReading.tabID(of: heading) != nil:
        closeTab()
        guard case .link(let link) = heading.inlines[0], let id = DocFXReading.tabID(of: heading) else { break scan }
        tabs.append(Tab(label: link.children, id: id, blocks: []))
      case .heading(let heading) where heading.level <= level:
        end = position
        break scan
      case .thematicBreak:
        end = position + 1
        break scan
      default:
        content.append(block)
      }
      position += 1
    }
    closeTab()
    let last = blocks[min(end, blocks.count) - 1]
    let range = blocks[index].range.map { SourceRange(start: $0.start, end: last.range?.end ?? $0.end) }
    return (.docfx(DocFXBlock(DocFXTabGroup(tabs: tabs), range: range)), end - index)
  }

  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer) {
    let group = writer.uniqueID("tabs")
    writer.open("div", ["class": "docfx-tabs"])
    writer.text("\n")
    for (offset, tab) in tabs.enumerated() {
      let panel = writer.uniqueID("tab/" + tab.id)
      let input = writer.uniqueID("tab-" + tab.id)
      writer.open(
        "input",
        ["type": "radio", "class": "docfx-tab-input", "name": group, "id": input, "checked": offset == 0 ? "" : nil])
      writer.open("label", ["class": "docfx-tab-label", "for": input])
      writer.inlines(tab.label)
      writer.close("label")
      writer.text("\n")
      writer.open("div", ["class": "docfx-tab-panel", "id": panel])
      writer.text("\n")
      writer.blocks(tab.blocks)
      writer.close("div")
      writer.text("\n")
    }
    writer.close("div")
    writer.text("\n")
  }
}
