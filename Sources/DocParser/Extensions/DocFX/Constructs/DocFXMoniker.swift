import DocModel

/// DocFX's `::: moniker range=">= product-2019"` … `::: moniker-end`: content for some versions only,
/// shown as a `<details>` naming the range, which a reader opens without JavaScript.
struct DocFXMoniker: DocFXContainerReader {
  static let name = "moniker"
  static let opener = DocFXOpener.colonLine("moniker")

  var attributes: DocFXAttributes
  var blocks: [Block]

  static func endName(of line: DocFXColonLine) -> String? { "moniker-end" }

  static func read(_ blocks: [Block], at index: Int, in reading: DocFXReading) -> (block: Block, taken: Int)? {
    guard let line = reading.colonLine(blocks[index]) else { return nil }
    reading.checkAttributes(of: line, required: ["range"], optional: [], at: blocks[index])
    let content = reading.content(openedAt: index, in: blocks, name: line.name, endName: "moniker-end")
    let moniker = DocFXMoniker(attributes: line.attributes, blocks: reading.interpret(content.blocks))
    return (.docfx(DocFXBlock(moniker, range: blocks[index].range)), content.taken)
  }

  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer) {
    writer.open("details", ["class": "docfx-moniker"])
    writer.open("summary", [:])
    writer.text(writer.label("versions") + " ")
    writer.open("span", ["class": "docfx-variant"])
    writer.text(attributes["range"] ?? "")
    writer.close("span")
    writer.close("summary")
    writer.text("\n")
    writer.blocks(blocks)
    writer.close("details")
    writer.text("\n")
  }
}
