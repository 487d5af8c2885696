import DocModel

/// A `:::name` block no construct reads: reported, its `:::` lines left out and its content (up to
/// `:::name-end:::` when there is one) shown as a plain block.
struct DocFXUnknownBlock: DocFXConstruct {
  static let name = "unknown"

  /// The attributes as written, the block's name first (`name="foo"`).
  var attributes: DocFXAttributes
  var blocks: [Block]

  /// Reads the unknown block opened by the `:::` line `line` at `blocks[index]`.
  static func read(
    _ line: DocFXColonLine, _ blocks: [Block], at index: Int, in reading: DocFXReading
  ) -> (block: Block, taken: Int) {
    reading.report(DocFXUnknownConstruct.self, DocFXUnknownConstruct.unknown(line.name), at: blocks[index])
    let content = reading.closedContent(openedAt: index, in: blocks) ?? ([], 1)
    let unknown = DocFXUnknownBlock(
      attributes: DocFXAttributes([.init(name: "name", value: line.name)] + line.attributes.list),
      blocks: reading.interpret(content.blocks))
    let range = blocks[index].range.map { start in
      SourceRange(start: start.start, end: blocks[index + content.taken - 1].range?.end ?? start.end)
    }
    return (.docfx(DocFXBlock(unknown, range: range)), content.taken)
  }

  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer) {
    guard !blocks.isEmpty else { return }
    writer.open("div", ["class": "docfx-block"])
    writer.text("\n")
    writer.blocks(blocks)
    writer.close("div")
    writer.text("\n")
  }
}
