import DocModel

/// DocFX's `:::row:::` … `:::row-end:::`: the `:::column:::` blocks inside shown side by side (a CSS grid of
/// twelve tracks in the site's stylesheet), one under the other on a narrow screen.
struct DocFXRow: DocFXContainerReader {
  static let name = "row"
  static let opener = DocFXOpener.colonLine("row")

  var attributes: DocFXAttributes
  var blocks: [Block]

  static func endName(of line: DocFXColonLine) -> String? { "row-end" }

  static func read(_ blocks: [Block], at index: Int, in reading: DocFXReading) -> (block: Block, taken: Int)? {
    guard let line = reading.colonLine(blocks[index]) else { return nil }
    reading.checkAttributes(of: line, required: [], optional: ["count"], at: blocks[index])
    let content = reading.content(openedAt: index, in: blocks, name: line.name, endName: "row-end")
    let row = DocFXRow(attributes: line.attributes, blocks: reading.interpret(content.blocks))
    return (.docfx(DocFXBlock(row, range: blocks[index].range)), content.taken)
  }

  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer) {
    writer.open("div", ["class": "docfx-row"])
    writer.text("\n")
    writer.blocks(blocks)
    writer.close("div")
    writer.text("\n")
  }
}
