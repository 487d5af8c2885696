import DocModel

/// DocFX's `:::zone pivot="a,b":::` … `:::zone-end:::`: content for some pivots only, shown as a
/// `<details>` naming them, which a reader opens without JavaScript.
struct DocFXZone: DocFXContainerReader {
  static let name = "zone"
  static let opener = DocFXOpener.colonLine("zone")

  var attributes: DocFXAttributes
  var blocks: [Block]

  static func endName(of line: DocFXColonLine) -> String? { "zone-end" }

  static func read(_ blocks: [Block], at index: Int, in reading: DocFXReading) -> (block: Block, taken: Int)? {
    guard let line = reading.colonLine(blocks[index]) else { return nil }
    let required = line.attributes["target"] == nil ? ["pivot"] : ["target"]
    reading.checkAttributes(of: line, required: required, optional: ["pivot", "target"], at: blocks[index])
    let content = reading.content(openedAt: index, in: blocks, name: line.name, endName: "zone-end")
    let zone = DocFXZone(attributes: line.attributes, blocks: reading.interpret(content.blocks))
    return (.docfx(DocFXBlock(zone, range: blocks[index].range)), content.taken)
  }

  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer) {
    let pivots = attributes["pivot"] ?? attributes["target"] ?? ""
    writer.open("details", ["class": "docfx-zone"])
    writer.open("summary", [:])
    writer.text(writer.label("pivot") + " ")
    writer.open("span", ["class": "docfx-variant"])
    writer.text(pivots.split(separator: ",").map { String($0.filter { $0 != " " }) }.joined(separator: ", "))
    writer.close("span")
    writer.close("summary")
    writer.text("\n")
    writer.blocks(blocks)
    writer.close("details")
    writer.text("\n")
  }
}
